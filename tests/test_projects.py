"""The projects extractor against its example table, tests/examples/projects.toml."""
from __future__ import annotations

import pytest
from example_tables import example_cases, run_extractor

from lvextract.extractors import projects
from lvextract.record import Record

CASES = example_cases("projects")


def run(text: str) -> Record:
    return run_extractor(projects.extract, text)


def test_table_is_large_enough():
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c["projects"]) >= 8


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_project_table(case):
    record = run(case["text"])
    expected = [(p["name"], p.get("aliases", []), p.get("contract") or None) for p in case["projects"]]
    assert [(p.name, p.aliases, p.contract) for p in record.projects] == expected
    for p in record.projects:
        assert case["text"][p.span.start:p.span.end] == p.span.text
