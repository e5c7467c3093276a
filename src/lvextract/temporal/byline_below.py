"""A posting's stamp under the headline: the day and its clock, and the author's byline on the
next line ("Pagastā notiks sporta svētki" / "10.01.2006 pl. 18:45" / "Autors: Anna Liepa").
An occasion's hour under its day is at the hour or a quarter as a posting's may be; the byline
below tells the stamp: an event card goes on with its place or its programme, not its author.

O(line): reads the date's line and the one below it.
"""
from __future__ import annotations

from .bylines import byline_pattern
from .page_furniture import Line
from .publication_fields import clock_alone

# The clock after the day on its line, maybe behind its clock word ("pl. 18:45", "plkst. 9.30",
# "| 12:15") and nothing else.
_CLOCK_AFTER = clock_alone(",|–-")


def stamp_over_byline(text: str, lines: list[Line], i: int, date_start: int, date_end: int) -> bool:
    """The date opens line i, a clock alone follows it, and the next line is an author's byline
    ("Autors: Anna Liepa", "Teksts un foto: Jānis Kalns")."""
    line = lines[i]
    if text[line.start:date_start].strip() or not _CLOCK_AFTER.fullmatch(text, date_end, line.end):
        return False
    if i + 1 >= len(lines) or lines[i + 1].index != line.index + 1:
        return False
    below = lines[i + 1]
    return below.end - below.start <= 80 and byline_pattern().fullmatch(text, below.start, below.end) is not None
