"""One occurrence named by the specific noun of a stretch of text (a programme's line or item, a
timed clause), on a day already chosen: shared by programme.py, hour_lines.py, timed_clauses.py and
report_items.py."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, DateRole, Record
from .ceremony_items import add_ceremonies
from .closing_item import closes_known, without_closing_parts
from .lexicon import generic_types, literals, vocabulary
from .parts import QUOTED, build_event
from .ranking import Nouns
from .start_told import start_of_known
from .titled_generic import happening_generic, titled_generic
from .told_apart import told_apart


def add_event(doc: Document, index: Nouns, bounds: tuple[int, int], day: DateMention, date_starts: list[int],
               by_key: dict, record: Record, narrow=None, frames: bool = False) -> None:
    """The occurrence the specific noun of `bounds` names, on `day` (`narrow` drops more of the
    candidate nouns first); none when no noun is left or the day has that occurrence already.
    `frames`: the stretch is one item said to take place, so a noun framing a part of it ("uz
    izstādes atklāšanu") names the occurrence too when no other noun does."""
    generic = generic_types()
    # Only a specific noun: a programme line's "pasākums" is mostly a genitive ("pasākumu
    # apbalvošana") or a note about the day's events.
    # Its hour says it takes place then: "Pulksten 9 pie kultūras centra rudens tirgus", "Pulksten 20
    # pilsētas svētku atklāšana" need no verb.
    # A part named in the nominative ("svētku atklāšana") is no frame: the index's rank says so.
    # Not a word of a quoted name: "brīvdabas kino „Balle”" is a film, no ball.
    quoted = [m.span(1) for m in QUOTED.finditer(doc.text, *bounds)]
    usable = [n for n in index.all_in(bounds, told=True)
              if (n.kind not in generic or titled_generic(doc, n) or happening_generic(doc, n))
              and not any(a <= n.start < b for a, b in quoted) and not _continued(doc.text, bounds[0], n.start)]
    nouns = [n for n in usable if not index.rank_of(n)[0]]
    if frames and not nouns:
        # "ne tikai uz izstādes atklāšanu, …": the exhibition opened is the item's occurrence; only a
        # genitive right before the part word that closes the item, not a genitive of a genitive
        # ("uz konkursa rezultātu paziņošanu" announces results, no contest held).
        nouns = [n for n in usable if len(doc.text[n.end:bounds[1]].split()) == 1]
    if narrow is not None:
        nouns = narrow(nouns)
    nouns = without_closing_parts(doc, bounds, nouns)  # "22:00 – Pasākuma noslēgums, … apbalvošana"
    if not nouns:
        return
    # The noun in the nominative is what takes place, not a genitive before it: "Pulksten 21
    # kultūras namā plenēra darbu izstāde" is the exhibition; else the first one.
    noun = min(nouns, key=lambda n: (index.rank_of(n), n.start))
    add_ceremonies(doc, index, nouns, noun, bounds, day, date_starts, by_key, record)  # "…, pēc kuras sekos … iedegšana"
    known = by_key.get((noun.kind, day.value))
    # Another of a kind the day has already must head its item (its first clause): "Pulksten 16.30
    # durvis vērs, koncerts ilgs …" tells of the same concert.
    if known is not None and (known.start_time is None or re.search(r"[,;]", doc.text[bounds[0]:noun.start])):
        return
    if known is not None and start_of_known(doc.text, noun.start, known):
        return  # "Pulksten 11 tiks dots starts velobraucienam": the day's ride, started
    event = build_event(doc, index, noun, bounds, day, bounds, date_starts)
    if closes_known(doc.text, noun, known):
        # "Plkst. 17.00 – svētku noslēgums": the day's feast closes then, no second feast
        if known.end_time is None and event.start_time and known.start_time and event.start_time > known.start_time:
            known.end_time = event.start_time
        return
    # A second one of that kind the same day at another hour ("18:30 … koncerts. … Pulksten 19
    # … koncerts" in another town) is another occurrence; at no hour it is that one, and at the same
    # hour too unless its quoted name or its venue tells it apart.
    if known is not None and (event.start_time is None or event.start_time == known.start_time) \
            and not (event.start_time and told_apart(event, known)):
        return
    # by_key holds the last of a kind per day: an earlier one at this hour may be this very one.
    if event.start_time and any(e.type == event.type and e.start == event.start and e.start_time == event.start_time
                                and not told_apart(event, e) for e in record.events):
        return
    event.span = doc.span(noun.start, noun.end)
    by_key[(event.type, event.start)] = event
    record.events.append(event)
    if day.role != DateRole.document.value:
        day.role = DateRole.event.value


# How far before a noun the verb of continuing may stand ("turpināt ekskursiju", "turpināt vakara ekskursiju").
CONTINUED_REACH = 40


@lru_cache(maxsize=1)
def _continuing() -> re.Pattern:
    verbs = literals(vocabulary()["continued_object"]["verbs"])
    return re.compile(rf"(?<!\w)(?:{verbs})\w*\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


def _continued(text: str, lo: int, start: int) -> bool:
    """"… varēs turpināt ekskursiju": the noun is the day's occurrence going on, not another one."""
    return _continuing().search(text, max(lo, start - CONTINUED_REACH), start) is not None
