"""The budgets extractor against its example table, tests/examples/budgets.toml."""
from __future__ import annotations

import pytest
from example_tables import examples, load_table, run_extractor

from lvextract.extractors import budgets
from lvextract.pipeline import build_document
from lvextract.record import DateMention, Record

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


@pytest.mark.parametrize("unit", ["100 000 ", "divi miljoni ", ", EUR: 12 500.50 ", "trīs simti tūkstoši eiro "])
def test_long_runs_stay_linear(unit):
    """300 KB of one shape. Unbounded groups of thousands made "100 000 100 000 …" quadratic
    (484 s for 100 KB); bounded, each start does a fixed amount of work."""
    import time

    text = unit * (300_000 // len(unit))
    started = time.process_time()  # CPU, not wall-clock: other jobs on the machine do not count
    budgets.find_amounts(text)
    assert time.process_time() - started < 8
