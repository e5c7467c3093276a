"""The dates stage stays linear on one long line of days with their years (a crawler's flattened
archive, or hostile input): issue 13. Three checks asked per day once copied the day's "line" —
whether a headline's parenthesised day closes it (headline_stamp.py), whether the day opens its
line after a field label (field_dates.py: with no line break within 40 characters the "line" ran
from the text's start) and whether an events page's day stands alone on its line (year_frames.py).
With no line break anywhere each copy ran from the text's start, so every day copied the whole text
before it (lin2's probe: 1.8 M characters at 8 KB, 7.4 M at 16 KB). A copy is one call for
`operations`; this test counts the characters the stage slices out of the text instead."""
from __future__ import annotations

import pytest

from operation_count import LINEAR_GROWTH, sliced_chars

UNITS = [
    "2024. gada 5. martā notika konference par izglītību, ",       # a dated event, no sentence end
    "reģistrēties var līdz 2024. gada 5. martam plkst. 17.00 ",   # a deadline with its year and hour
    "Sveic laureātus (14.07.2018) ",                              # a headline's day in brackets, per item
    "projekts tika īstenots 2019. gadā, ",                         # a year alone: is a label before it on its line?
    "atjaunots 12.03.2020 ",                                       # a change word's day: is a stamp's clock after it?
]


@pytest.mark.parametrize("unit", UNITS)
def test_one_line_of_dated_days_copies_linearly(unit):
    sliced_chars(unit * 20, "dates")  # vocabularies and patterns loaded before anything is counted
    small = sliced_chars(unit * (8_000 // len(unit)), "dates")
    assert sliced_chars(unit * (16_000 // len(unit)), "dates") < LINEAR_GROWTH * max(small, 1)
