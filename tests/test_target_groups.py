"""The target-groups extractor against its example table, tests/examples/target_groups.toml."""
from __future__ import annotations

from pathlib import Path

import pytest
from example_tables import examples, load_table, run_extractor

from lvextract.extractors import target_groups
from lvextract.record import Record

TABLE = load_table("target_groups")


def run(text: str) -> Record:
    return run_extractor(target_groups.extract, text)


def test_table_is_large_enough():
    assert len(TABLE) >= 40
    assert TABLE.negatives >= 8


@pytest.mark.parametrize("row", examples("target_groups"))
def test_target_group_table(row):
    record = run(row.text)
    assert sorted(g.id for g in record.target_groups) == sorted(row.expect["ids"])
    found = {g.id: g for g in record.target_groups}
    for group_id, (low, high) in row.expect.get("ages", {}).items():
        assert (found[group_id].age_min, found[group_id].age_max) == (low or None, high or None)
    for g in record.target_groups:
        assert row.text[g.span.start:g.span.end] == g.span.text


def test_one_entry_per_id_with_the_first_mention():
    text = "Atbalsts romiem. Vēl atbalsts romu ģimenēm."
    record = run(text)
    roma = [g for g in record.target_groups if g.id == "roma"]
    assert len(roma) == 1 and roma[0].span.start == text.index("romiem")


def test_a_relative_clause_group_is_named_without_its_comma():
    record = run("Iedzīvotāji, kas pakļauti nabadzības riskam, var saņemt pārtikas pakas.")
    assert [g.text for g in record.target_groups if g.id == "social_risk"] == ["kas pakļauti nabadzības riskam"]


CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("00*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_real_texts_give_valid_spans_and_one_entry_per_id(path):
    text = path.read_text(encoding="utf-8-sig")
    record = run(text)
    ids = [g.id for g in record.target_groups]
    assert len(ids) == len(set(ids))
    for g in record.target_groups:
        assert text[g.span.start:g.span.end] == g.span.text
        assert g.age_min is None or g.age_max is None or g.age_min <= g.age_max
