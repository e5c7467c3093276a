"""The funding extractor against its example table, tests/examples/funding.toml."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lvextract.extractors import funding
from lvextract.pipeline import build_document
from lvextract.record import Record

TABLE = tomllib.loads((Path(__file__).parent / "examples" / "funding.toml").read_text(encoding="utf-8"))
CASES = TABLE["case"]


def run(text: str) -> Record:
    record = Record(doc_id="t", source="t", sha256="x")
    funding.extract(build_document(text), record)
    return record


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
