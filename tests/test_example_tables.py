"""The one example-table schema (tests/examples/README.md) and its loader."""
from __future__ import annotations

import pytest
from example_tables import EXAMPLES, Example, is_empty, load_table

TABLES = sorted(p.stem for p in EXAMPLES.glob("*.toml"))


@pytest.mark.parametrize("name", TABLES)
def test_every_table_loads_in_the_one_schema(name):
    table = load_table(name)
    assert len(table) > 0
    assert all(isinstance(row.text, str) and row.text for row in table)


def test_a_row_context_is_merged_over_the_tables():
    rows = list(load_table("relative"))
    assert rows[0].context == {"anchor": "2023-03-03"}
    assert {"2024", "2024-09"} <= {row.context["anchor"] for row in rows}


@pytest.mark.parametrize(("expect", "negative"), [
    ([], True), ({}, True), ("", True), ({"amounts": [], "kinds": []}, True),
    ([["Rīt", "+P1D", ""]], False), ({"amounts": [], "kinds": ["total"]}, False), ("roms", False),
])
def test_a_negative_row_expects_nothing(expect, negative):
    assert is_empty(expect) is negative
    assert Example("teksts", expect).negative is negative


def test_the_id_is_the_note_else_the_texts_beginning():
    assert Example("x" * 80, [], note="why").id == "why"
    assert Example("viens\ndivi " + "x" * 80, []).id == ("viens divi " + "x" * 80)[:50]


def test_an_old_shape_table_is_refused(tmp_path, monkeypatch):
    """The tables' former shape ([[case]] rows, a table-wide key at the top) must not be read as
    a table with no rows."""
    import example_tables

    (tmp_path / "old.toml").write_text('document_date = "2024-03-15"\n\n[[case]]\ntext = "Teksts."\nexpect = []\n',
                                       encoding="utf-8")
    monkeypatch.setattr(example_tables, "EXAMPLES", tmp_path)
    with pytest.raises(ValueError, match="unknown top-level keys"):
        load_table("old")


def test_a_row_without_expect_is_refused(tmp_path, monkeypatch):
    import example_tables

    (tmp_path / "broken.toml").write_text('[[example]]\ntext = "Teksts."\n', encoding="utf-8")
    monkeypatch.setattr(example_tables, "EXAMPLES", tmp_path)
    with pytest.raises(ValueError, match="row 1: needs text and expect"):
        load_table("broken")
