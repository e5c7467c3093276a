"""Character spans already taken, for the extractors' overlap tests."""
from __future__ import annotations

import bisect
from collections.abc import Iterable


def select_longest(items, taken: Iterable[tuple[int, int]] = ()) -> list:
    """Of overlapping items (anything with .start and .end), the longest wins, then the first;
    none overlaps another or a `taken` span. O(n log n): a sort, then two bisections per item
    in the chosen spans kept sorted and merged (merging touching spans changes no answer, since
    every item covers at least one character)."""
    covered = Intervals(taken)
    chosen = []
    for item in sorted(items, key=lambda i: (-(i.end - i.start), i.start)):
        if not covered.overlaps(item.start, item.end):
            covered.add(item.start, item.end)
            chosen.append(item)
    return sorted(chosen, key=lambda i: i.start)


class Intervals:
    """Half-open intervals kept sorted and merged, so an overlap test is two bisections
    (a text with thousands of matches stays linear)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)  # first interval ending after `start`
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.ends, start)
        j = bisect.bisect_right(self.starts, end)
        if i < j:  # merge with the intervals it touches
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]


class Neighbours:
    """Items that do not overlap (anything with .start and .end) sorted once, to ask which one
    ends last at or before a position and which starts first at or after it: one bisection per
    question, so a text with thousands of items stays O(n log n)."""

    def __init__(self, items: Iterable) -> None:
        self.ordered = sorted(items, key=lambda i: i.start)
        self.starts = [i.start for i in self.ordered]
        self.ends = [i.end for i in self.ordered]

    def before(self, position: int):
        """The item ending last at or before `position`, or None."""
        i = bisect.bisect_right(self.ends, position) - 1
        return self.ordered[i] if i >= 0 else None

    def after(self, position: int):
        """The item starting first at or after `position`, or None."""
        i = bisect.bisect_left(self.starts, position)
        return self.ordered[i] if i < len(self.ordered) else None
