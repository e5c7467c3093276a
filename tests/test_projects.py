"""The projects extractor against its example table, tests/examples/projects.toml."""
from __future__ import annotations

import pytest
from example_tables import examples, load_table, run_extractor

from lvextract.extractors import projects
from lvextract.record import Record

TABLE = load_table("projects")


def run(text: str) -> Record:
    return run_extractor(projects.extract, text)


def test_table_is_large_enough():
    assert len(TABLE) >= 40
    assert TABLE.negatives >= 8


@pytest.mark.parametrize("row", examples("projects"))
def test_project_table(row):
    record = run(row.text)
    expected = [(p["name"], p.get("aliases", []), p.get("contract") or None) for p in row.expect]
    assert [(p.name, p.aliases, p.contract) for p in record.projects] == expected
    for p in record.projects:
        assert row.text[p.span.start:p.span.end] == p.span.text
