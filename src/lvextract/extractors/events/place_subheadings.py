"""A day heading alone on its line over a place's subheading, the hour lines under it ("11. NOVEMBRIS
/ OZOLU PAGASTS / Plkst. 13.00 gājiens … / LIEPU CIEMS / Plkst. 17.00 koncerts …"): a municipality's
programme told parish by parish. The subheading names where, not what: the hour below it follows
the day as if nothing stood between. O(the few lines read) per day."""
from __future__ import annotations

import re

from .programme_reach import SUBHEADING

# At most so many subheading lines between the day and its first hour line ("LATGALE / OZOLU PAGASTS").
MOST_SUBHEADINGS = 2
# Letters the day's line may hold besides the day (a weekday: "Sestdien, 11. novembrī").
HEADING_LETTERS = 12
# A subheading names a place: words only, no sentence's stop, no digit (not a list item "1.", not an hour).
SUBHEADING_LINE = re.compile(r"[ \t*_#]*[^\W\d_][^\d.!?;\n]*:?[ \t*_]*")


# How far the day's line may run on either side of the day: a heading's line is short, so only so
# many characters are read around each day (no scan of a long line per date).
LINE_REACH = 40


def _letters(text: str, start: int, end: int) -> int:
    return sum(c.isalpha() for c in text[start:end])


def hour_under_subheading(text: str, day_start: int, day_end: int, hour: re.Pattern) -> bool:
    """Whether the day stands alone on its line and, past one or two short place subheading lines
    (blank lines aside), the next line opens with an hour that `hour` matches."""
    line_start = text.rfind("\n", max(0, day_start - LINE_REACH), day_start) + 1
    if line_start == 0 and day_start > LINE_REACH:
        return False  # the line runs on further back than a heading's
    line_end = text.find("\n", day_end, day_end + LINE_REACH)
    if line_end < 0 or _letters(text, line_start, day_start) + _letters(text, day_end, line_end) > HEADING_LETTERS:
        return False
    subheadings, at = 0, line_end + 1
    while at < len(text):
        # Only a subheading's length of each line is read: a longer line ends the search anyway.
        end = text.find("\n", at, at + LINE_REACH + SUBHEADING)
        long_line = end < 0 and at + LINE_REACH + SUBHEADING < len(text)
        end = min(len(text), at + LINE_REACH + SUBHEADING) if end < 0 else end
        line = text[at:end]
        if line.strip():
            if hour.match(text, at, end):
                return subheadings > 0
            if long_line or subheadings == MOST_SUBHEADINGS or len(line.strip()) > SUBHEADING \
                    or not SUBHEADING_LINE.fullmatch(line):
                return False
            subheadings += 1
        at = end + 1
    return False
