"""What the readers of tables flattened into text share (`column_term`: one cell a line under a
header cell naming a term; `row_table`: one row a line under a header of several term cells;
`cell_table`: cells kept apart by bars or tabs): the lines right above a row, read through the
layout's line index; the first day within a line; the term word a header cell names ([cues]
table_term: "termiņš", "termiņi"); and a cell of prose, which no table cell is."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.orthography import UPPER
from ...layout import layout
from ..deadline_cues import pattern

# A cell that is prose: a full stop and a capital inside it ("… notiks. Dalībnieki …").
PROSE = re.compile(rf"[.!?][ \t]+[{UPPER}]")


def term_word() -> re.Pattern:
    """The term word of a header cell ([cues] table_term): each opens or ends a cell."""
    return pattern("cues", "table_term")


def lines_above(doc: Document, line_start: int, rows: int | None = None):
    """(start, end) of the lines right above the line opening at `line_start`, nearest first, at
    most `rows` of them (all when None): the layout's line index, O(rows) and a bisection."""
    newlines = layout(doc).newlines
    k = bisect.bisect_left(newlines, line_start) - 1
    while k >= 0 and (rows is None or rows > 0):
        yield (newlines[k - 1] + 1 if k > 0 else 0), newlines[k]
        k -= 1
        if rows is not None:
            rows -= 1


def first_date_in(date_starts: list[int], start: int, end: int) -> int | None:
    """The start of the first date within [start, end), if any: a bisection."""
    i = bisect.bisect_left(date_starts, start)
    return date_starts[i] if i < len(date_starts) and date_starts[i] < end else None
