"""Questions about sorted lists of text offsets, answered by bisection: O(log n); and whether an
offset opens its line."""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple


def any_between(starts: list[int], bounds: tuple[int, int]) -> bool:
    i = bisect.bisect_left(starts, bounds[0])
    return i < len(starts) and starts[i] < bounds[1]


def sentence_at(doc, offset: int):
    """The sentence holding `offset` (or the one before a gap), None before the first."""
    index = doc.sentence_index(offset)
    return doc.sentences[index] if index is not None else None


# Bullets and blanks that may stand before what opens a line.
_LINE_LEAD = re.compile(r"[ \t•*·▪–-]*")


def opens_line(text: str, line_start: int, at: int) -> bool:
    """Whether only bullets and blanks stand between the line's start and `at`. O(the lead)."""
    return _LINE_LEAD.match(text, line_start).end() >= at


class Word(NamedTuple):
    """A word of the document: its offsets into the text, and the word itself."""
    start: int
    end: int
    text: str


# The last word of an event's span, what closes the span after it (a quote, a stop) skipped.
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def span_last_word(event) -> Word | None:
    """The last word of the event's span: its noun ("… notiks vairāki svētku pasākumi"), None without a
    span or a word. O(the span)."""
    if event.span is None:
        return None
    m = _LAST_WORD.search(event.span.text)
    return None if m is None else Word(event.span.start + m.start(1), event.span.start + m.end(1), m.group(1))
