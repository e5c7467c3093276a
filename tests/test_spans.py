"""Intervals: the overlap test the date grammar and the budgets extractor share."""
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
