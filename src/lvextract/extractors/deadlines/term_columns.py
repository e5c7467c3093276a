"""A table flattened one cell a line whose header names two terms or more, each in a cell of its
own among the other column names ("Konkurss⏎Pieteikšanās termiņš⏎Kas var piedalīties⏎Darbu
iesniegšanas termiņš⏎<row: the contest, its description, who may take part>⏎15.03.2024⏎
30.04.2024"): a row's days stand last, one a line, in the order of the term cells, so the k-th day
of the run takes the k-th term cell's own action word. Only when the run holds as many days as the
header names terms; the row's other cells may be prose (a description column), but no blank line
stands between the header and the days, and a header cell of another column of days ("Datums")
leaves the days unsorted. (One term cell over its column is `column_term`'s.)"""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ..deadline_cues import pattern
from .actions import ActionMention
from .column_term import column_action
from .table_lines import first_date_in, lines_above

# How many lines above the day the header may stand, and how long a cell line is (a description
# column holds a few sentences).
CELLS, CELL = 30, 400
# What may stand before the day on its line: nothing but punctuation; and how long a day's cell is
# ("29.03.2019", "2024. gada 15. marts").
ALONE, DAY_CELL = re.compile(r"[ \t.:–—-]*"), 32


def _term_cell() -> re.Pattern:
    return pattern("cues", "column_term", r"[ \t]*(?:{})[ \t]*:?[ \t]*")


def _other_days() -> re.Pattern:
    return pattern("cues", "column_days", r"[^\n]{0,40}?\b(?:{})\b[^\n]{0,40}")


def _day_alone(text: str, date_starts: list[int], a: int, b: int) -> bool:
    """Whether the line [a, b) is a day's cell: a short line that a day opens."""
    day = first_date_in(date_starts, a, b)
    return day is not None and b - a <= DAY_CELL and ALONE.fullmatch(text, a, day) is not None


def term_columns_action(doc: Document, mention: DateMention, date_starts: list[int]) -> ActionMention | None:
    """The action of the term cell whose place in the header is the day's place in its row's run of
    days. O(CELLS) lines read per date."""
    text = doc.text
    line_start, line_end = layout(doc).line_of(mention.span.start)
    if not _day_alone(text, date_starts, line_start, line_end):
        return None
    place, in_run, terms = 0, True, []
    for n, (a, b) in enumerate(lines_above(doc, line_start)):
        if n >= CELLS or b - a > CELL:
            return None
        if not text[a:b].strip():
            break  # a blank line closes the table's top
        if first_date_in(date_starts, a, b) is not None:
            if in_run and _day_alone(text, date_starts, a, b):
                place += 1
                continue
            return None  # a day among the row's other cells or another row's: no such header
        in_run = False
        if _term_cell().fullmatch(text, a, b):
            terms.append((a, b))
        elif _other_days().fullmatch(text, a, b):
            return None
    if len(terms) < 2:
        return None
    run = place + 1 + _days_below(doc, line_end, date_starts, len(terms))
    return column_action(doc, terms[::-1][place]) if run == len(terms) else None


def _days_below(doc: Document, line_end: int, date_starts: list[int], most: int) -> int:
    """How many lines right below hold a day alone (at most `most` + 1 are read)."""
    newlines, text, count = layout(doc).newlines, doc.text, 0
    k = bisect.bisect_left(newlines, line_end)
    while count <= most and k + 1 <= len(newlines):
        a = newlines[k] + 1
        b = newlines[k + 1] if k + 1 < len(newlines) else len(text)
        if a >= len(text) or not _day_alone(text, date_starts, a, b):
            break
        count, k = count + 1, k + 1
    return count
