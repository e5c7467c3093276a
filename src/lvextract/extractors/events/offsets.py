"""Questions about sorted lists of text offsets, answered by bisection: O(log n)."""
from __future__ import annotations

import bisect


def any_between(starts: list[int], bounds: tuple[int, int]) -> bool:
    i = bisect.bisect_left(starts, bounds[0])
    return i < len(starts) and starts[i] < bounds[1]


def sentence_at(doc, offset: int):
    """The sentence holding `offset` (or the one before a gap), None before the first."""
    index = doc.sentence_index(offset)
    return doc.sentences[index] if index is not None else None
