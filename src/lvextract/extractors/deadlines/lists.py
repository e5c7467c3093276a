"""Lists: the lead-in line ("Iesniegšanas termiņi:") that opens the list a date's item is in,
and the action that lead-in names for items with none of their own."""
from __future__ import annotations

import re

from ...document import Document
from .actions import ActionMention, last_before


# A line that is an item of a list: "1) 8. kārta no … līdz …", "• līdz 5. martam – …".
LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[•\-–*·▪])[ \t]")
# How far back the lead-in of a list is looked for: lines, and characters per line.
LIST_LINES, LINE_REACH = 15, 400


def _line_start(text: str, offset: int) -> int | None:
    """Where the line holding `offset` starts, if it starts within LINE_REACH characters."""
    lo = max(0, offset - LINE_REACH)
    newline = text.rfind("\n", lo, offset)
    if newline == -1:
        return 0 if lo == 0 else None
    return newline + 1


def lead_in_line(doc: Document, offset: int) -> tuple[int, int] | None:
    """For an offset in a list item, (start, end) of the line that opens the list, the one ending
    in ":" over "1) … līdz 11. janvārim; 2) … līdz 12. februārim". At most LIST_LINES lines of
    LINE_REACH characters are read back, so an offset costs O(1)."""
    text = doc.text
    start = _line_start(text, offset)
    if start is None or not LIST_ITEM.match(text, start):
        return None
    for _ in range(LIST_LINES):
        if start == 0:
            return None
        previous = _line_start(text, start - 1)
        if previous is None:
            return None
        line = text[previous:start - 1]
        if not line.strip():
            return None  # a blank line ends the list
        if line.rstrip().endswith(":"):
            return previous, start - 1
        if not LIST_ITEM.match(text, previous):
            return None
        start = previous
    return None


def lead_in_action(doc: Document, offset: int) -> ActionMention | None:
    """For a date in a list item, the action of the list's lead-in line ("Projektu iesniegumu
    pieņemšana notiks kārtās:")."""
    line = lead_in_line(doc, offset)
    return last_before(doc, line[1], line[0]) if line else None
