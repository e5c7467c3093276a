"""The budgets extractor against its example table, tests/examples/budgets.toml."""
from __future__ import annotations

import pytest
from example_tables import examples, load_table, run_extractor

from lvextract.extractors import budgets
from lvextract.pipeline import build_document
from lvextract.record import DateMention, Record
from operation_count import LINEAR_GROWTH, growth

TABLE = load_table("budgets")


def run(text: str) -> Record:
    return run_extractor(budgets.extract, text)


def test_table_is_large_enough():
    assert len(TABLE) >= 40
    assert TABLE.negatives >= 8


@pytest.mark.parametrize("row", examples("budgets"))
def test_budget_table(row):
    record = run(row.text)
    assert [[b.amount, b.currency] for b in record.budgets] == row.expect["amounts"]
    if "kinds" in row.expect:
        assert [b.kind for b in record.budgets] == row.expect["kinds"]
    if "shares" in row.expect:
        assert [[s.percent, s.source] for s in record.budgets[0].shares] == row.expect["shares"]
    for b in record.budgets:
        assert row.text[b.span.start:b.span.end] == b.span.text
        assert isinstance(b.amount, int) or b.amount != int(b.amount)


def test_amounts_taken_by_dates_are_skipped():
    text = "Projekta budžets ir 5 000 eiro."
    doc = build_document(text)
    record = Record(doc_id="t", source="t", sha256="x")
    start = text.index("5 000 eiro")
    record.dates.append(DateMention(value="2015", span=doc.span(start, start + 10)))
    budgets.extract(doc, record)
    assert record.budgets == []


@pytest.mark.parametrize("unit, amounts_per_unit", [
    ("100 000 ", 0), ("divi miljoni ", 0), (", EUR: 12 500.50 ", 1), ("trīs simti tūkstoši eiro ", 1),
])
def test_long_runs_stay_linear(unit, amounts_per_unit):
    """300 KB of one shape. Unbounded groups of thousands made "100 000 100 000 …" quadratic
    inside the regular expression (484 s for 100 KB, so hours for this run: the hang guard's
    class); bounded, each start does a fixed amount of work, and the finder's own operations
    double with the text."""
    def find_in(chars: int):
        return lambda: budgets.find_amounts(unit * (chars // len(unit)))

    find_in(1_000)()  # patterns compiled before anything is counted
    assert growth(find_in(20_000), find_in(40_000)) < LINEAR_GROWTH
    repeats = 300_000 // len(unit)
    assert len(budgets.find_amounts(unit * repeats)) == amounts_per_unit * repeats
