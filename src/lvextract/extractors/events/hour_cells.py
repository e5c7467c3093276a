"""A schedule's hour in a cell of its own, written bare ("18.00", "9:30"): the clock grammar reads a
lone dotted number as no time (it may be an amount or a day), but a cell that holds nothing else,
in a row whose day another cell gives, is the row's hour. O(cell)."""
from __future__ import annotations

import re

from ...temporal.times import clock_times
from ...temporal.vocabulary import weekday_names

# The whole cell: an hour with its minutes, maybe a span ("10.00–12.00" the clock grammar reads
# itself), maybe closed by a dot or a comma.
_BARE_HOUR = re.compile(r"\s*(?:no\s+)?([01]?\d|2[0-3])[.:]([0-5]\d)\s*[.,]?\s*", re.IGNORECASE)


def cell_times(text: str, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """The clock times of a cell, a bare hour that fills the cell included."""
    found = clock_times(text, start, end)
    if found:
        return found
    m = _BARE_HOUR.fullmatch(text, start, end)
    if m is None:
        return []
    return [(start, end, f"{int(m.group(1)):02d}:{m.group(2)}", None)]


_WORDS = re.compile(r"[^\W\d_]+")


def day_opens_cell(text: str, cell_start: int, day_start: int) -> bool:
    """Whether the day opens its cell, maybe after its weekday ("otrdien, 4. martā")."""
    before = text[cell_start:day_start]
    if not before.strip():
        return True
    words = _WORDS.findall(before)
    return len(words) == 1 and words[0].lower() in weekday_names() and not re.search(r"\d", before)
