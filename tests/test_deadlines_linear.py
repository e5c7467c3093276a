"""The deadlines stage stays linear on one long line of dated ranges (a crawler's flattened
table, or hostile input): issue 13. A range's "no" was once checked by lowering a copy of its
line, and with no line break within reach the "line" ran from the text's start, so every range
copied the whole text before it (100 KB of "no 3. marta līdz 5. martam " cost 7 CPU-s at 400 KB). So
did a day followed by its term ("5. marts – pieteikšanās termiņš"): labels._opened_line copied the
line before asking whether it was too long, row_table_action its row's label before asking its length.
A copy is one call for `operations`; this test counts the characters the stage slices out of the
text instead, and the characters its regular expressions scan: a range's clause searched from its
start for a consultation's noun, per date, was quadratic on the same line (s41)."""
from __future__ import annotations

import pytest

from operation_count import LINEAR_GROWTH, scanned_chars, sliced_chars


def _copied_chars(text: str) -> int:
    return sliced_chars(text, "deadlines")


UNITS = [
    "no 3. marta līdz 5. martam ",        # ranges opened by "no", one line, no sentence end
    "līdz 5. martam ",                    # a cue before every day
    "No 2. līdz 9. maijam pieteikties ",  # a window with an action after it
    "5. marts – pieteikšanās termiņš, ",  # a day then its term: the label's line and the row's label copied (lin2)
]


@pytest.mark.parametrize("unit", UNITS)
def test_one_line_of_ranges_copies_linearly(unit):
    _copied_chars(unit * 20)  # vocabularies and patterns loaded before anything is counted
    small = _copied_chars(unit * (8_000 // len(unit)))
    assert _copied_chars(unit * (16_000 // len(unit))) < LINEAR_GROWTH * max(small, 1)


@pytest.mark.parametrize("unit", UNITS)
def test_one_line_of_ranges_scans_linearly(unit):
    scanned_chars(unit * 20, "deadlines")  # patterns compiled and words met once before counting
    small = scanned_chars(unit * (8_000 // len(unit)), "deadlines")
    assert scanned_chars(unit * (16_000 // len(unit)), "deadlines") < LINEAR_GROWTH * max(small, 1)
