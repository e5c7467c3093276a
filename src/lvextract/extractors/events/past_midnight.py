"""A night's programme past midnight: "Pasākums sāksies 31. decembrī plkst. 23:30. … Plkst. 00:33 –
salūts" — an item at a small hour told after a late hour of the same day, with no day of its own in
its sentence and no other day told between, falls on the next day (the night goes on; a programme
does not run back to the morning before it). An item whose own sentence writes its day
("1. janvārī pulksten 00:33") keeps it. O(events · log dates)."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import Record
from .next_day import plus_days

# An hour from which the night's programme runs on past midnight, and the small hours it runs into.
LATE = "20:00"
SMALL_HOURS_END = "05:00"


def after_midnight(doc: Document, record: Record) -> None:
    events = sorted((e for e in record.events if e.start and e.span is not None), key=lambda e: e.span.start)
    told = sorted(d.span.start for d in record.dates if d.value)
    late_end: dict[str, int] = {}  # each day's latest late single-day item so far: where it ends
    for event in events:
        if event.end is None and (event.start_time or "") >= LATE:
            late_end[event.start] = event.span.end
        if event.end is not None or not event.start_time or event.start_time >= SMALL_HOURS_END:
            continue
        late = late_end.get(event.start)
        if late is None or late > event.span.start or _own_day(doc, told, event) \
                or _day_between(told, late, event.span.start):
            continue
        value = plus_days(event.start, wrap=True)  # a year's unknown night runs into the next
        if value is not None:
            event.start = value


def _own_day(doc: Document, told: list[int], event) -> bool:
    """Whether a dated mention stands in the event's own sentence (a bisection into the sorted starts)."""
    here = doc.sentence_index(event.span.start)
    k = bisect.bisect_left(told, event.span.start)
    return any(0 <= j < len(told) and doc.sentence_index(told[j]) == here for j in (k - 1, k))


def _day_between(told: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(told, start)
    return k < len(told) and told[k] < end
