"""A table whose cells a page kept apart by bars or tabs, one row a line, under a header line of
cells of which one names a term among other column names ("Kārta | Pieteikumu iesniegšanas termiņš |
Rezultātu datums⏎1. kārta | 15.04.2024. | 30.04.2024."): a day in that term's column takes the
term cell's own action word; a day in another column (the results' day) is no deadline. The row
and the header must have the same number of cells; the lines between them are other rows of the
table. (A header of several term cells with no separators is `row_table`'s.)"""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from .actions import ActionMention, actions_in, best
from .table_lines import PROSE, first_date_in, lines_above, term_word

# How many lines above the row the header may stand, and how long a line is read.
ROWS, LINE = 30, 300
# A cell separator: a bar, or a tab (a run of tabs or a tab among spaces is one separator).
SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|[ ]*\t[ \t]*")


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a line, relative to the line; one cell when no separator."""
    bounds, pos = [], 0
    for m in SEPARATOR.finditer(line):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(line)))
    # a bar that opens or closes the line ("| a | b |") leaves an empty cell at its edge
    if len(bounds) > 1 and not line[bounds[0][0]:bounds[0][1]].strip():
        bounds = bounds[1:]
    if len(bounds) > 1 and not line[bounds[-1][0]:bounds[-1][1]].strip():
        bounds = bounds[:-1]
    return bounds


def cell_table_action(doc: Document, mention: DateMention, date_starts: list[int]) -> ActionMention | None:
    """The action of the header's term cell over a day in that cell's column: the layout's line
    index and at most ROWS lines of LINE characters read back, O(ROWS · LINE) per date."""
    text, start = doc.text, mention.span.start
    line_start, line_end = layout(doc).line_of(start)
    if line_end - line_start > LINE:
        return None
    row = _cells(text[line_start:line_end])
    if len(row) < 2:
        return None
    column = next((i for i, (a, b) in enumerate(row) if a <= start - line_start < b), None)
    if column is None or text[line_start + row[column][0]:start].strip():
        return None  # the day does not open its cell
    for a, b in lines_above(doc, line_start, ROWS):
        line = text[a:b]
        if not line.strip() or b - a > LINE:
            return None
        cells = _cells(line)
        if len(cells) != len(row) or PROSE.search(line):
            return None
        if first_date_in(date_starts, a, b) is not None:
            continue  # another row
        terms = [j for j, (x, y) in enumerate(cells) if term_word().search(line, x, y)]
        if len(terms) != 1 or terms[0] != column:
            return None
        x, y = cells[column]
        return best(actions_in(doc, (a + x, a + y)))
    return None
