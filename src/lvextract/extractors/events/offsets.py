"""Questions about sorted lists of text offsets, answered by bisection: O(log n)."""
from __future__ import annotations

import bisect


def any_between(starts: list[int], bounds: tuple[int, int]) -> bool:
    i = bisect.bisect_left(starts, bounds[0])
    return i < len(starts) and starts[i] < bounds[1]
