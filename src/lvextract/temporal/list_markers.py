"""A numbered list's item number that a date rule would read as a day: "1. Līdz 15. aprīlim
jāiesniedz …", "2. līdz 15. maijam jānoslēdz līgums;" are items 1 and 2 of a list whose text says
"until the 15th", not ranges from the 1st and the 2nd. Asked by the range rule's action for a first
day that opens its line with no "no" before it.

The number is an item's when it opens its line (maybe after blanks or a bullet) with its dot and
- the word after it is "Līdz" with a capital: an item's sentence opens there, while a range's
  "līdz" inside the line stays lower-case ("1. līdz 15. aprīlim notiks …"); or
- the line above or below (over blank lines) opens with the previous or the next number and a dot
  or a bracket ("2. …" under "1. …"): the lines are a numbered list.
Bounded: the item's own line start and the lines next to it, read within a few hundred characters."""
from __future__ import annotations

import re

# The most a neighbouring line is read back or ahead for its opening number.
_REACH = 400

_LINE_NUMBER = re.compile(r"[^\S\n]*(?:[•·▪\-–—][^\S\n]*)?(\d{1,2})[.)]")
# An item's sentence opening right after the number's dot with a capital "Līdz".
_CAPITAL_LIDZ_AFTER = re.compile(r"\.[^\S\n]*Līdz(?!\w)")


def _opening_number(text: str, line_start: int) -> int | None:
    m = _LINE_NUMBER.match(text, line_start, min(len(text), line_start + 12))
    return int(m.group(1)) if m else None


def item_number(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] (its dot after it) is a numbered item's, not a day."""
    line_start = text.rfind("\n", max(0, start - 12), start) + 1
    if line_start == 0 and start > 12:
        return False  # too far from any line start to open one
    if text[line_start:start].strip(" \t•·▪-–—"):
        return False  # words before the number: it opens no item
    number = int(text[start:end])
    if _CAPITAL_LIDZ_AFTER.match(text, end, end + 12):
        return True
    # the nearest line above and below with words, over a blank line between items
    window_start = max(0, line_start - _REACH)
    above = text[window_start:line_start].rstrip()
    above_start = above.rfind("\n") + 1
    if (above_start > 0 or window_start == 0) and above and _opening_number(above, above_start) == number - 1:
        return True
    below_start = text.find("\n", end, end + _REACH) + 1
    while 0 < below_start < len(text) and text[below_start] == "\n" and below_start < end + _REACH:
        below_start += 1
    return below_start > 0 and _opening_number(text, below_start) == number + 1
