"""A ceremony told by its verbal noun beside the item's own occurrence ("Pulksten 17.00 … tiks
demonstrēta filma, pēc kuras sekos ugunskura iedegšana"; "plkst. 11 notiks piemiņas brīdis un ziedu
nolikšana"): an occurrence of its own on the item's day ([activity_nouns].programme_line), as a
programme line's ceremony is. Shared by added_events.add_event (programme lines and items, timed
clauses). O(nouns of the item)."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from .lexicon import vocabulary
from .parts import build_event
from .ranking import Nouns


@lru_cache(maxsize=1)
def _ceremonies() -> frozenset[str]:
    return frozenset(vocabulary()["activity_nouns"]["programme_line"])


def add_ceremonies(doc: Document, index: Nouns, nouns: list, chosen, bounds: tuple[int, int], day: DateMention,
                   date_starts: list[int], by_key: dict, record: Record) -> None:
    """Each ceremony noun of the item after the one `chosen` for it, once a day per kind."""
    for noun in nouns:
        if noun is chosen or noun.kind not in _ceremonies() or noun.start < chosen.start \
                or (noun.kind, day.value) in by_key:
            continue
        event = build_event(doc, index, noun, (noun.start, bounds[1]), day, bounds, date_starts)
        event.span = doc.span(noun.start, noun.end)
        by_key[(event.type, event.start)] = event
        record.events.append(event)
