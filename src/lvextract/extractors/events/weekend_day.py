"""A headline's weekend over a body that dates the weekend's day ("Nedēļas nogalē Ozolos notiks Ziedu
svētki" over "Svētdien, 12. jūnijā, … notiks atvērto durvju diena"): the headline announces the
occurrence the body dates, so the undated weekend occurrence (weekend.unanchored_weekends) is no
second one. Only a weekend on the text's first line, and only when the body writes one Saturday or
Sunday beside a calendar day that dates an event. O(dates + events)."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Record
from .undated import WEEKDAY_BEFORE

WEEKEND_DAYS = ("sest", "svēt")


def drop_headline_weekends(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    first_line = doc.text.find("\n")
    first_line = len(doc.text) if first_line < 0 else first_line
    weekend = [e for e in record.events if e.start is None and (told := first_mention.get(id(e))) is not None
               and told.relative == "WEEKEND" and told.span.start < first_line]
    if not weekend:
        return
    days = set()
    for d in record.dates:
        if d.relative is None and d.value and d.end is None and d.span.start > first_line:
            m = WEEKDAY_BEFORE.search(doc.text, max(0, d.span.start - 20), d.span.start)
            if m is not None and m.group(1).lower() in WEEKEND_DAYS:
                days.add(d.value)
    if len(days) != 1 or not any(e.start in days for e in record.events):
        return
    record.events[:] = [e for e in record.events if not any(e is w for w in weekend)]
