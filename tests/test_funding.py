"""The funding extractor against its example table, tests/examples/funding.toml."""
from __future__ import annotations

import pytest
from example_tables import build_document, examples, load_table

from lvextract.extractors import dates, funding
from lvextract.record import Record

TABLE = load_table("funding")


def run(text: str) -> Record:
    """The stages funding requires first: the dates give the text's year (a bare "Erasmus")."""
    record = Record(doc_id="t", source="t", sha256="x")
    doc = build_document(text)
    dates.extract(doc, record)
    funding.extract(doc, record)
    return record


def test_table_is_large_enough():
    assert len(TABLE) >= 40
    assert TABLE.negatives >= 8


@pytest.mark.parametrize("row", examples("funding"))
def test_funding_table(row):
    record = run(row.text)
    assert [f.id for f in record.funding] == row.expect["ids"]
    if "names" in row.expect:
        assert [f.name for f in record.funding] == row.expect["names"]
    for f in record.funding:
        assert row.text[f.span.start:f.span.end] == f.span.text


def _select_longest_by_pairs(mentions):
    """The rule select_longest keeps, said the slow way: each mention against every chosen one."""
    chosen = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def test_select_longest_keeps_the_pairwise_rule():
    """The selection over sorted intervals gives what comparing every pair gives: nested, touching,
    equal-length and identical mentions, in random heaps."""
    import random

    from lvextract.extractors.vocabulary import Mention, select_longest

    rng = random.Random(7)
    for _ in range(500):
        mentions = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 50)
            end = start + rng.randint(1, 8)
            mentions.append(Mention(rng.choice("ABC"), start, end, start, end))
        assert select_longest(mentions) == _select_longest_by_pairs(mentions)


def test_foreign_state_genitives_are_the_places_countries():
    # Built from latvian/data/places.toml [countries] (issue #18) but for funding.toml not_foreign.
    genitives = funding._foreign_countries()
    assert {"vācijas", "norvēģijas", "asv", "amerikas"} <= genitives
    assert not {"latvijas", "eiropas"} & genitives
