"""A table flattened one row a line under a header line that holds several term cells side by
side ("Pieteikšanās termiņš Līguma noslēgšanas termiņš Projekta īstenošanas termiņš⏎2.konkurss
01.09.2012.-01.11.2012. 2013. gada februāris"): the first day of a row, after a short row label,
stands in the first column of days, the one the header's first term cell names; its action is
that cell's own action word. Only a header with two term words or more is such a row of cells
(one term word is a label of its own: `labels`); a row label of prose ("1.konkurss Pirmais
konkurss tika izsludināts 2012. gada 1. martā.") or a day not first on its row is no cell of that
column. The lines between the row and the header are other rows or short cell lines, no blank line
and no prose."""
from __future__ import annotations

from ...document import Document
from ...layout import layout
from ...record import DateMention
from .actions import ActionMention, actions_in, best
from .table_lines import PROSE, first_date_in, lines_above, term_word

# How many lines above the row the header may stand, how long a line is read, and how long the
# row's label before its first day may be (words, characters).
ROWS, LINE, LABEL_WORDS, LABEL_CHARS = 30, 200, 3, 30


def row_table_action(doc: Document, mention: DateMention, date_starts: list[int]) -> ActionMention | None:
    """The action of the header's first term cell over a row's first day: the layout's line index
    and at most ROWS lines of LINE characters read back, O(ROWS · LINE) per date."""
    text, start = doc.text, mention.span.start
    line_start, _line_end = layout(doc).line_of(start)
    if start - line_start > LABEL_CHARS:
        return None  # a long row label, told before copying it: one long line is no row of cells
    label = text[line_start:start]
    if len(label.split()) > LABEL_WORDS or PROSE.search(label):
        return None
    if first_date_in(date_starts, line_start, start + 1) != start:
        return None  # another day opens the row: this one is in a later column
    for a, b in lines_above(doc, line_start, ROWS):
        line = text[a:b]
        if not line.strip() or b - a > LINE or PROSE.search(line):
            return None
        if first_date_in(date_starts, a, b) is not None:
            continue  # another row
        terms = list(term_word().finditer(line))
        if len(terms) >= 2:
            return best(actions_in(doc, (a, a + terms[0].end())))
    return None
