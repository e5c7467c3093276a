"""A day inside a trip already told, dated only by the group's verb of going: "No 5. līdz 6.
jūnijam biedrības pārstāvji devās pieredzes apmaiņas braucienā … 5. jūnija rītā devāmies uz Ozolu
skolu …" — the second day is the trip's first, told again as its itinerary, not an excursion of its
own. Only a verb ([verbs], "devāmies" → ekskursija) names it: a day with a noun of its own
("6. jūnijā notika seminārs") stays an occurrence. Asked by the walk (__init__) before it adds."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Event
from .lexicon import vocabulary
from .noun_mention import NounMention


def inside_trip(doc: Document, noun: NounMention, mention: DateMention, events: list[Event]) -> bool:
    kinds = frozenset(vocabulary()["trip_days"]["kinds"])
    if noun.kind not in kinds or doc.text[noun.start:noun.end].lower() not in vocabulary()["verbs"]:
        return False
    day = mention.value
    if day is None or len(day) != 10:
        return False
    # Values of one text share their year's form ("XXXX-" with no year known), so strings compare.
    return any(e.type in kinds and e.end is not None and e.start is not None and len(e.start) == 10
               and e.start[:4] == day[:4] and e.start <= day <= e.end for e in events)
