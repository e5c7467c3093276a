"""A letter's dateline whose date a narrow column wrapped over two or three lines, under the place
alone on its line: "Rīgā" / "2007." / "gada 13.decembris" (an office's letter turned into text).
The date grammar reads the wrapped date as one atom; the dateline test, which looks at one line
at a time, would otherwise skip it as a date that runs past its line."""
from __future__ import annotations

import re

from ..latvian.orthography import UPPER
from .grammar import Atom
from .page_furniture import Line as _Line

# The place in the locative, capitalised, alone on the line above: "Rīgā", "Cēsīs", "Talsos".
_PLACE_ALONE = re.compile(rf"[^\S\n]*[{UPPER}][^\W\d_]+(?:ā|ē|ī|os|ās|ēs|īs),?[^\S\n]*")
# After the date on its last line: nothing but a full stop.
_AFTER = re.compile(r"[^\S\n]*\.?[^\S\n]*")
# A wrapped date spans at most this many line breaks ("2007." / "gada" / "13.decembris").
_MAX_BREAKS = 2


def wrapped_dateline(text: str, lines: list[_Line], i: int, atom: Atom) -> bool:
    """Whether the day-grain atom starting on lines[i] fills its two or three consecutive lines
    (nothing before it on the first, nothing after it on the last) under a place alone on its line."""
    if i == 0 or atom.grain != "day" or i + 1 >= len(lines):
        return False
    line = lines[i]
    if text[line.start:atom.start].strip():
        return False
    last = i
    while last + 1 < len(lines) and lines[last + 1].start < atom.end and last - i < _MAX_BREAKS:
        last += 1
    if last == i or atom.end > lines[last].end or lines[last].index - line.index != last - i:
        return False  # not wrapped, wrapped too far, or a blank line inside it
    if not _AFTER.fullmatch(text, atom.end, lines[last].end):
        return False
    above = lines[i - 1]
    return above.index == line.index - 1 and bool(_PLACE_ALONE.fullmatch(text, above.start, above.end))
