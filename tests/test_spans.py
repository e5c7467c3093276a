"""Intervals: the overlap test the date grammar and the budgets extractor share; Neighbours: the
nearest item before or after a position (budgets' carried currencies)."""
import pytest

from lvextract.spans import Intervals

TAKEN = [(10, 20), (30, 40), (40, 45), (5, 8)]


@pytest.mark.parametrize("start, end, overlaps", [
    (0, 5, False),     # ends where a span starts: half-open
    (0, 6, True),
    (8, 10, False),    # the gap between two spans
    (19, 21, True),
    (20, 30, False),
    (44, 50, True),    # inside the merged 30–45
    (45, 60, False),
    (12, 13, True),    # inside
    (0, 100, True),    # covering everything
])
def test_overlaps(start, end, overlaps):
    assert Intervals(TAKEN).overlaps(start, end) is overlaps


def test_touching_spans_merge():
    taken = Intervals(TAKEN)
    assert list(zip(taken.starts, taken.ends)) == [(5, 8), (10, 20), (30, 45)]


@pytest.mark.parametrize(("items", "taken", "kept"), [
    ([(0, 5), (2, 9), (10, 12)], [], [(2, 9), (10, 12)]),   # the longest wins its overlap
    ([(0, 4), (4, 8)], [], [(0, 4), (4, 8)]),               # touching is no overlap
    ([(0, 4), (2, 6)], [], [(0, 4)]),                       # equal length: the earlier start
    ([(0, 4), (6, 9)], [(3, 5)], [(6, 9)]),                 # a taken span blocks
    ([], [(0, 3)], []),
])
def test_select_longest(items, taken, kept):
    from collections import namedtuple

    from lvextract.spans import select_longest

    Item = namedtuple("Item", "start end")
    assert [(i.start, i.end) for i in select_longest([Item(*x) for x in items], taken)] == kept


@pytest.mark.parametrize(("position", "before", "after"), [
    (0, None, (2, 5)),
    (5, (2, 5), (9, 12)),      # an item ending exactly there is before; the next one after
    (7, (2, 5), (9, 12)),
    (9, (2, 5), (9, 12)),      # an item starting exactly there is after
    (12, (9, 12), (20, 21)),
    (30, (20, 21), None),
])
def test_neighbours(position, before, after):
    from collections import namedtuple

    from lvextract.spans import Neighbours

    Item = namedtuple("Item", "start end")
    near = Neighbours([Item(20, 21), Item(2, 5), Item(9, 12)])   # unsorted on purpose
    as_pair = lambda item: None if item is None else (item.start, item.end)  # noqa: E731
    assert (as_pair(near.before(position)), as_pair(near.after(position))) == (before, after)
