"""A heading that is only an act's name over a day alone on its line, as on a call's page of
terms: "Pieteikumu iesniegšana⏎14. aprīlis". No label word ("termiņš") is needed there: the
heading ([cues] heading_over_day: a verbal noun and at most two words before it) says what is
done by that day. A heading with more in it ("Pieteikumu iesniegšana un vērtēšana notiks …"),
a date not alone on its line ("14. aprīlis plkst. 10.00 Rīgā") or a heading with a date of its
own is no such label."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention
from ..deadline_cues import pattern
from .heading import line_above

# How many blank lines may stand between the heading and the day, and how long a line is read.
BLANKS, LINE = 2, 80
# What may follow the day on its line: nothing but punctuation.
ALONE_AFTER = re.compile(r"[ \t.:–—-]*$")


def _heading() -> re.Pattern:
    return pattern("cues", "heading_over_day", r"[ \t]*(?:{})[ \t]*$")


def heading_over_day(doc: Document, mention: DateMention, date_starts: list[int]) -> tuple[int, int] | None:
    """(start, end) of the heading over a day alone on its line: a few short lines are read back,
    O(1) per date and a bisection."""
    text, start = doc.text, mention.span.start
    line_start = text.rfind("\n", max(0, start - LINE), start) + 1
    if (line_start == 0 and start > LINE) or text[line_start:start].strip():
        return None
    line_end = text.find("\n", mention.span.end, mention.span.end + LINE)
    if not ALONE_AFTER.match(text, mention.span.end, line_end if line_end >= 0 else len(text)):
        return None
    found = line_above(text, line_start, LINE, BLANKS, date_starts)
    return found if found is not None and _heading().fullmatch(text, *found) else None
