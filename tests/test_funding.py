"""The funding extractor against its example table, tests/examples/funding.toml."""
from __future__ import annotations

import pytest
from example_tables import example_cases, run_extractor

from lvextract.extractors import funding
from lvextract.record import Record

CASES = example_cases("funding")


def run(text: str) -> Record:
    return run_extractor(funding.extract, text)


def test_table_is_large_enough():
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c["ids"]) >= 8


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_funding_table(case):
    record = run(case["text"])
    assert [f.id for f in record.funding] == case["ids"]
    if "names" in case:
        assert [f.name for f in record.funding] == case["names"]
    for f in record.funding:
        assert case["text"][f.span.start:f.span.end] == f.span.text
