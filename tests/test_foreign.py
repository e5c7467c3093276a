"""English and Russian dates read by dateparser: the table in examples/foreign.toml."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lvextract.temporal.foreign import find_foreign

TABLE = tomllib.loads((Path(__file__).parent / "examples" / "foreign.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", TABLE["case"], ids=[c["text"][:50] for c in TABLE["case"]])
def test_foreign_table(case):
    text = case["text"]
    taken = [(text.index(t), text.index(t) + len(t)) for t in case.get("taken", [])]
    got = [[text[f.start:f.end], f.value, f.language] + ([f.end_value] if f.end_value else [])
           for f in find_foreign(text, taken)]
    assert got == case["expect"]
