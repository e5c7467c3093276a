"""A day inside a trip already told, dated only by the group's verb of going: "No 5. līdz 6.
jūnijam biedrības pārstāvji devās pieredzes apmaiņas braucienā … 5. jūnija rītā devāmies uz Ozolu
skolu …" — the second day is the trip's first, told again as its itinerary, not an excursion of its
own. Only a verb ([verbs], "devāmies" → ekskursija) names it: a day with a noun of its own
("6. jūnijā notika seminārs") stays an occurrence. Asked by the walk (__init__) before it adds;
adding.Added keeps the days the trips added so far cover (trip_days_of), so each question is O(1)."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Event
from .dating import as_date
from .lexicon import vocabulary
from .noun_mention import NounMention


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return frozenset(vocabulary()["trip_days"]["kinds"])


def trip_days_of(event: Event) -> list[str]:
    """The days of its start's year (in its year's form, "XXXX-" with no year known) that a trip's
    range covers, from its start to its end: at most a year's days."""
    start, end = event.start, event.end
    if event.type not in _kinds() or end is None or start is None or len(start) != 10:
        return []
    first = as_date(start)
    if first is None:
        return []
    days, day = [], first
    while day.year == first.year:
        value = f"{start[:4]}-{day:%m-%d}"
        if value > end:
            break
        days.append(value)
        day += dt.timedelta(days=1)
    return days


def inside_trip(doc: Document, noun: NounMention, mention: DateMention, covered: set[str]) -> bool:
    """Whether the noun is a verb of going and its day lies in the range of a trip already added
    (`covered`, Added.trip_days)."""
    if noun.kind not in _kinds() or doc.text[noun.start:noun.end].lower() not in vocabulary()["verbs"]:
        return False
    day = mention.value
    if day is None or len(day) != 10:
        return False
    # Values of one text share their year's form ("XXXX-" with no year known), so strings compare.
    return day in covered
