"""A table flattened into lines, one cell a line, under a header whose cell names a term
("Dokumenta nosaukums⏎Termiņš atsauksmēm⏎Par noteikumu projektu …⏎12.05.2025.⏎Par nolikumu …⏎
20.05.2025."): every day alone on its line below is that column's term, however many cells stand
between it and the header. The header is a short line led or ended by the term word with no date
of its own; the cells between are short lines, days alone or names, not prose. A header with
another column of days ("Datums", "Norises laiks") leaves the days unsorted, so it gives nothing.
The term's action is the header's own action word ("Iesniegšanas termiņš"), else, for a term
for what is handed in ("Termiņš atsauksmēm", "priekšlikumu termiņš"), handing it in."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ..deadline_cues import pattern
from .actions import ActionMention, actions_in, best
from .table_lines import PROSE, first_date_in, lines_above

# How many lines above the day the header may stand, and how long a cell line is.
CELLS, CELL = 40, 160
# What may follow the day on its line: nothing but punctuation.
ALONE_AFTER = re.compile(r"[ \t.:–—-]*$")


def _header() -> re.Pattern:
    """A header cell naming a term: the term word first or last, a few words beside it."""
    return pattern("cues", "column_term", r"[ \t]*(?:{})[ \t]*:?[ \t]*$")


def _other_days() -> re.Pattern:
    """A header cell of another column of days ([cues] column_days)."""
    return pattern("cues", "column_days", r"[^\n]{0,40}?\b(?:{})\b[^\n]{0,40}")


def _handed_in() -> re.Pattern:
    """What a term is for when it is handed in ([cues] column_term_objects)."""
    return pattern("cues", "column_term_objects", r"\b(?:{})")


def column_header(doc: Document, mention: DateMention, date_starts: list[int]) -> tuple[int, int] | None:
    """(start, end) of the header cell over a day alone on its line in a flattened table, when
    only short cells stand between them. O(CELLS · CELL) per date."""
    text, start = doc.text, mention.span.start
    line_start, line_end = layout(doc).line_of(start)
    if start - line_start > CELL or text[line_start:start].strip():
        return None
    if not ALONE_AFTER.match(text, mention.span.end, line_end):
        return None
    for n, (a, b) in enumerate(lines_above(doc, line_start)):
        if n >= CELLS or b - a > CELL:
            return None
        cell = text[a:b]
        if not cell.strip():
            return None  # a blank line ends the table ("… 15. maijs⏎⏎Pasākumu kalendārs …")
        if PROSE.search(cell):
            return None
        if first_date_in(date_starts, a, b) is not None:
            continue  # another row's day
        if _header().fullmatch(cell):
            return (a, b) if not _another_day_column(doc, a, date_starts) else None
    return None


def _another_day_column(doc: Document, header_start: int, date_starts: list[int]) -> bool:
    """Whether the header is no table's top: a day right above it (a calendar's label under its
    day, "1. aprīlis⏎Pieteikumu iesniegšanas termiņš"), or a header cell just above it (up to
    three, no day among them) naming another column of days."""
    cells = 0
    for a, b in lines_above(doc, header_start):
        if b - a > CELL or cells == 0 and a == b:
            return False  # (a blank line above the header ends the table: no walk over blank runs)
        cell = doc.text[a:b]
        if cells == 0 and first_date_in(date_starts, a, b) is not None:
            return True
        cells += 1
        if cells > 3 or not cell.strip() or first_date_in(date_starts, a, b) is not None:
            return False
        if _other_days().fullmatch(cell):
            return True
    return False


def column_action(doc: Document, header: tuple[int, int]) -> ActionMention | None:
    """The header's own action word, else handing in what the term is for."""
    found = best(actions_in(doc, header))
    if found is not None:
        return found
    m = _handed_in().search(doc.text, *header)
    return ActionMention("iesniegt", False, m.start(), m.end()) if m else None
