"""A listing's entry told on one line, as papers print their "kas, kur, kad" columns: what takes
place first, then notes on it, then a sentence of only its place, day and hour ("Piemiņas pasākums
par godu … cīņām. Pie Ozolu skolas 19. maijā pulksten 12."). The day's occurrence is the entry's
first event noun, the generic word too, when the date's sentence closes the line, gives an hour and
no other day stands on the line before that sentence (its days are the entry's: "… 19. maijā
pulksten 18 un 20. maijā pulksten 17"). O(line) per date."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from ...temporal.times import clock_times
from .date_line import is_date_line
from .offsets import any_between
from .ranking import Nouns, not_frame

# Anything but a sentence's closing after it; a line's indent (searched in place: a long line is not
# copied per date).
_WORDS_AFTER = re.compile(r"[^ \t.;]")
_INDENT = re.compile(r"\s*")
# How far past the day its hour may stand ("19. maijā pulksten 12").
HOUR_REACH = 40


def entry_noun(doc: Document, index: Nouns, bounds: tuple[int, int], mention, date_starts: list[int]):
    """The entry's first event noun and its sentence, else (None, None)."""
    text = doc.text
    line = layout(doc).line_of(mention.span.start)
    if bounds[0] <= line[0] or any_between(date_starts, (line[0], bounds[0])):
        return None, None  # the date's sentence opens its line, or another day's sentence is the line's
    if _WORDS_AFTER.search(text, bounds[1], line[1]):
        return None, None  # the date's sentence is not the line's last
    # The sentence within its line: a segmenter may run it on into the next entry's heading.
    if not is_date_line(doc, (bounds[0], min(bounds[1], line[1])), mention) \
            or not clock_times(text, mention.span.end, min(line[1], mention.span.end + HOUR_REACH)):
        return None, None
    first = layout(doc).clause_bounds(_INDENT.match(text, line[0], line[1]).end())
    if first is None or first[1] > bounds[0]:
        return None, None
    found = index.first((line[0], first[1]), not_frame)
    return (found, (line[0], first[1])) if found is not None else (None, None)
