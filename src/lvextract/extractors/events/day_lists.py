"""Days listed before one full date ("Līgatnē (7., 8., 9.04.)", "21., 22. un 23. maijā"): the date
names only its last day, the bare numbers before it are days of the same month. Consecutive days are
one occurrence over several days (RECORD.md: one event with `end`); a gap ("7., 14., 21.04.") is left
as it is. O(1) per date: one anchored search in a short window before it."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import DateMention

# "7., 8., " / "7.,8. un " right before the full date, on its line; at most six listed days. Not the
# minutes of a clock time that ends the line above ("plkst. 12:00.\n1. septembrī").
_LISTED = re.compile(r"(?<![\w.:])((?:\d{1,2}\.[^\S\n]*(?:,|un|–|-)?[^\S\n]*){1,6})\Z")
_WINDOW = 40
_VALUE = re.compile(r"(\w{4}-\d\d-)(\d\d)")


def listed_days_start(doc: Document, mention: DateMention, date_starts: list[int]) -> int | None:
    """Where the bare days listed right before the mention begin, else None; not where the dates
    already read those days as dates of their own ("3., 4. un 5. jūnijā")."""
    m = _LISTED.search(doc.text, max(0, mention.span.start - _WINDOW), mention.span.start)
    if m is None:
        return None
    k = bisect.bisect_left(date_starts, m.start(1))
    return None if k < len(date_starts) and date_starts[k] < mention.span.start else m.start(1)


def listed_run(doc: Document, mention: DateMention, date_starts: list[int]) -> tuple[str, str] | None:
    """(start, end) when the listed days and the mention's day run without a gap, else None."""
    at = listed_days_start(doc, mention, date_starts)
    value = _VALUE.fullmatch(mention.value or "")
    if at is None or value is None or mention.end is not None:
        return None
    days = [int(d) for d in re.findall(r"\d{1,2}", doc.text[at:mention.span.start])] + [int(value.group(2))]
    if days[0] < 1 or any(b != a + 1 for a, b in zip(days, days[1:])):  # (a zero is no day: "(0., 1.03.)")
        return None
    return f"{value.group(1)}{days[0]:02d}", mention.value
