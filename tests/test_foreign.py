"""English and Russian dates read by dateparser: the table in examples/foreign.toml."""
from __future__ import annotations

import pytest
from example_tables import examples

from lvextract.temporal.foreign import find_foreign


@pytest.mark.parametrize("row", examples("foreign"))
def test_foreign_table(row):
    text = row.text
    taken = [(text.index(t), text.index(t) + len(t)) for t in row.context.get("taken", [])]
    got = [[text[f.start:f.end], f.value, f.language] + ([f.end_value] if f.end_value else [])
           for f in find_foreign(text, taken)]
    assert got == row.expect
