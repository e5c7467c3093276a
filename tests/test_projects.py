"""The projects extractor against its example table, tests/examples/projects.toml."""
from __future__ import annotations

import pytest
from example_tables import examples, load_table, run_extractor
from operation_count import LINEAR_GROWTH, scanned_chars

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


def test_a_list_of_programme_names_reads_its_sentence_once():
    """"LIFE …" names listed in one sentence with no project word (projects/prefixed_name.py): the
    sentence is searched for a project word once, not once per name (the square of the list)."""
    def text(n: int) -> str:
        return "Programmas darbi: " + "LIFE Ab, " * n + "un viss."
    scanned_chars(text(20), "projects")  # vocabularies and patterns loaded before anything is counted
    small = scanned_chars(text(400), "projects")
    assert scanned_chars(text(800), "projects") < LINEAR_GROWTH * small
