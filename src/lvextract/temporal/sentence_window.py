"""The sentence around a span, for the temporal rules that read only a text (no Document).

Bounded to `reach` characters either side, so that a text without sentence breaks stays linear.
A line break ends a sentence; so does a full stop that is not an ordinal's ("15. janvārī un
turpināsies līdz 1. martam" is one sentence: the dots after day numbers end nothing), nor
does a dot with a letter right after it, an initial glued to its name or a dot inside an
abbreviation or an address ("K.Barona ielā", "u.c", "www.vieta.lv").
"""
from __future__ import annotations

import re

REACH = 200
_SENTENCE_STOP = re.compile(r"\n|(?<!\d)\.(?![^\W\d_])")


def sentence_around(text: str, start: int, end: int, reach: int = REACH) -> tuple[int, int]:
    """(left, right): the sentence holding text[start:end], within `reach` characters of it."""
    window_start, window_end = max(0, start - reach), min(len(text), end + reach)
    left = window_start
    for m in _SENTENCE_STOP.finditer(text, window_start, start):
        left = m.end()
    stop = _SENTENCE_STOP.search(text, end, window_end)
    return left, stop.start() if stop else window_end
