"""field_year: an event page's start field gives the year to the day its body told without one.

"Svētdien, 7. jūnijā … notiks tirdziņš" over "- Notikuma sākums: 2015-06-07 10:00:00": the body's day
keeps its unknown year as a date (RECORD.md's order finds it none: the field is below it, in another
paragraph), but the occurrence is the one the card's field dates (docs/record.md: event fields on
an event page give the event its day), so the event takes the field's year. Only where the fields
give that month and day one year. O(dates + events).
"""
from __future__ import annotations

from ...document import Document
from ...record import Record
from ...temporal.unknown_year import UNKNOWN_YEAR, year_unknown
from .cards import labelled
from .dating import DAY_VALUE


def year_from_card_field(doc: Document, record: Record) -> None:
    if not any(year_unknown(e.start) for e in record.events):
        return
    years: dict[str, set[str]] = {}  # "-06-07" → the years the card's fields give that day
    for mention in record.dates:
        if mention.end is None and mention.relative is None and mention.value and not year_unknown(mention.value) \
                and DAY_VALUE.match(mention.value) and labelled(doc, mention):
            years.setdefault(mention.value[4:], set()).add(mention.value[:4])
    if not years:
        return
    for event in record.events:
        said = years.get(event.start[4:]) if year_unknown(event.start) else None
        if said is None or len(said) != 1:
            continue
        year = next(iter(said))
        event.start = year + event.start[4:]
        if event.end and event.end.startswith(UNKNOWN_YEAR):
            event.end = year + event.end[4:]
