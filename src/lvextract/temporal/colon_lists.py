"""A list a line ending in ":" introduces is part of that sentence, however its items are set
apart ("2027. gadā projektus varēs iesniegt divreiz:⏎⏎līdz 10. martam;⏎⏎līdz 2. oktobrim."):
its items take their year from the lead-in (RECORD.md's order, 2.), and a deadline in an item
takes the lead-in's action.

An item is a line that opens with a bullet or number ("•", "–", "1)"), or follows a lead-in or
an item ending in ";" or ","; blank lines may stand between them. An item ending in "." (or in
nothing) ends the list, unless another bulleted item follows it ("1) … līdz 12. martam.⏎⏎2) …"). Only a few short lines are read back from a line: O(1) per line.
"""
from __future__ import annotations

import re

# A line that opens with a bullet or a number: "1) …", "• līdz 5. martam", "– 12. maijā"; GLYPH:
# a bullet that is a glyph, not a number.
_GLYPHS = r"[•\-–*·▪]"
BULLET = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)]|{_GLYPHS})[ \t]")
GLYPH = re.compile(rf"[ \t]*{_GLYPHS}[ \t]")
# How many lines a list is read back over, how long a line may be, and how many blank lines
# in a row may set two items apart.
LIST_LINES, LINE_REACH, BLANKS = 15, 400, 2
# How long the first line of an item may be: a list item, not a paragraph of prose.
ITEM_LINE = 200


def _previous_line(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the line before the line starting at `start`, if within reach."""
    if start == 0:
        return None
    end = start - 1
    lo = max(0, end - LINE_REACH)
    newline = text.rfind("\n", lo, end)
    if newline == -1:
        return (0, end) if lo == 0 else None
    return newline + 1, end


def _bullet_follows(text: str, line_end: int) -> bool:
    """Whether the next line with words after `line_end` (past at most BLANKS blank lines) opens
    with a bullet or a number: the bulleted item goes on into a list ("1) … – 15.03.2021.⏎⏎2) …")."""
    if line_end < 0:
        return False
    start = line_end + 1
    for _ in range(BLANKS + 1):
        end = text.find("\n", start, start + LINE_REACH)
        line = text[start:end if end >= 0 else start + LINE_REACH]
        if line.strip():
            return BULLET.match(line) is not None
        if end < 0:
            return False
        start = end + 1
    return False


def lead_in(text: str, line_start: int) -> tuple[int, int] | None:
    """For the line starting at `line_start`, (start, end) of the line ending in ":" that opens
    the list the line is an item of; None when it is no item of such a list."""
    # A bullet glyph says the line is an item however long it runs: "• līdz 1. oktobrim (… and
    # a bracket naming six kinds of projects);" is still one item of the list. A number does not:
    # a decree's long point "1. Nosaku, ka …" under "… daļu:" is a paragraph of prose.
    bulleted = bool(BULLET.match(text, line_start))
    limit = LINE_REACH if GLYPH.match(text, line_start) else ITEM_LINE
    end = text.find("\n", line_start, line_start + limit + 1)
    first = text[line_start:end if end >= 0 else line_start + limit + 1]
    if not first.strip() or (end < 0 and len(text) - line_start > limit):
        return None
    # Across a blank line one lone item is no list: "… divās kārtās:⏎⏎• programma turpināsies
    # līdz 20. jūlijam." may be a paragraph of its own; an item that goes on, or one after
    # another item, is in a list.
    goes_on = first.rstrip().endswith((";", ",")) or (bulleted and _bullet_follows(text, end))
    start, blanks, crossed, items = line_start, 0, False, 0
    for _ in range(LIST_LINES + BLANKS * LIST_LINES):
        previous = _previous_line(text, start)
        if previous is None:
            return None
        line = text[previous[0]:previous[1]].rstrip()
        start = previous[0]
        if not line.strip():
            blanks += 1
            if blanks > BLANKS:
                return None
            crossed = True
            continue
        blanks = 0
        if line.endswith(":"):
            return previous if not crossed or goes_on or items else None
        items += 1
        # An earlier item: one that goes on (";", ","), or a bullet over a bullet.
        if not (line.endswith((";", ",")) or (bulleted and BULLET.match(line))):
            return None
    return None


def joined_paragraph_starts(text: str, paragraph_starts: list[int]) -> list[int]:
    """The paragraph starts without those of the items of a list led in by ":": the list is
    part of the paragraph, and of the sentence, that introduces it."""
    return [p for p in paragraph_starts if p == 0 or (lead_in(text, p) is None and not _blank_before_item(text, p))]


# White space a paragraph start may stand on before its words: a blank line the layout counts as
# a paragraph of its own after an item that ends in "." ("1) … līdz 12. martam.⏎⏎2) …").
_BLANK_RUN = re.compile(r"\s{0,40}")
# An item's mark that no day number can be: a bullet or "1)" ("9. novembrī – …" may be a day).
_ITEM_MARK = re.compile(rf"[ \t]*(?:\d{{1,2}}\)|{_GLYPHS})[ \t]")


def _blank_before_item(text: str, start: int) -> bool:
    """Whether the paragraph start is a blank line before a marked item of a list led in by ":"
    (a bounded read of the white space)."""
    newline = text.rfind("\n", start, _BLANK_RUN.match(text, start).end())
    return newline >= 0 and _ITEM_MARK.match(text, newline + 1) is not None \
        and lead_in(text, newline + 1) is not None
