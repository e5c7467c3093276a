"""Matches of a pattern found once per document, and whether one lies between two offsets.

The vetoes and barriers of a deadline ask "does X stand between here and there?" for every
date; scanning the text between each time made a long clause quadratic. Each pattern is
matched once per document (O(n), kept with the document) and each question is a bisection.
"""
from __future__ import annotations

import bisect
import re

from ...document import Document


def spans_of(doc: Document, key: str, pattern: re.Pattern) -> tuple[list[int], list[int]]:
    """(starts, ends) of the pattern's matches in the document, found once (O(n))."""
    def scan(d: Document) -> tuple[list[int], list[int]]:
        matches = list(pattern.finditer(d.text))
        return [m.start() for m in matches], [m.end() for m in matches]
    return doc.derived(key, scan)


def any_between(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a match lies wholly within [start, end): a bisection, O(log n), however far apart
    the two ends are (a clause with no sentence break can be the whole text). The matches do
    not overlap, so the first one starting at or after `start` ends first."""
    starts, ends = spans
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and ends[i] <= end
