"""The deadlines stage stays linear on one long line of dated ranges (a crawler's flattened
table, or hostile input): issue 13. A range's "no" was once checked by lowering a copy of its
line, and with no line break within reach the "line" ran from the text's start, so every range
copied the whole text before it (100 KB of "no 3. marta līdz 5. martam " cost 7 CPU-s at 400 KB).
A copy is one call for `operations`; this test counts the characters the stage slices out of the
text instead."""
from __future__ import annotations

import pytest

from operation_count import LINEAR_GROWTH


class _SliceCounter(str):
    """The document's text, counting the characters every slice of it copies."""
    copied = 0

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        if isinstance(key, slice):
            _SliceCounter.copied += len(piece)
        return piece


def _copied_chars(text: str) -> int:
    from lvextract.pipeline import EXTRACTORS, build_document
    from lvextract.record import Record

    doc = build_document(text)
    record = Record(doc_id="t", source="t", sha256="0" * 64)
    for name, extract in EXTRACTORS:
        if name == "deadlines":
            doc.text = _SliceCounter(doc.text)
            _SliceCounter.copied = 0
            extract(doc, record)
            return _SliceCounter.copied
        extract(doc, record)
    raise AssertionError("no deadlines stage")


UNITS = [
    "no 3. marta līdz 5. martam ",        # ranges opened by "no", one line, no sentence end
    "līdz 5. martam ",                    # a cue before every day
    "No 2. līdz 9. maijam pieteikties ",  # a window with an action after it
]


@pytest.mark.parametrize("unit", UNITS)
def test_one_line_of_ranges_copies_linearly(unit):
    _copied_chars(unit * 20)  # vocabularies and patterns loaded before anything is counted
    small = _copied_chars(unit * (8_000 // len(unit)))
    assert _copied_chars(unit * (16_000 // len(unit))) < LINEAR_GROWTH * max(small, 1)
