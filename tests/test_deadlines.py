"""The deadlines table (tests/examples/deadlines.toml): marked Latvian texts → expected deadlines."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lvextract.extractors import deadlines, events
from marked import marked_record

TABLE = tomllib.loads((Path(__file__).parent / "examples" / "deadlines.toml").read_text(encoding="utf-8"))["example"]


def _run(text: str):
    doc, record = marked_record(text)
    events.extract(doc, record)  # as in the pipeline: events first, then deadlines
    deadlines.extract(doc, record)
    return doc, record


@pytest.mark.parametrize("row", TABLE, ids=[r["note"] for r in TABLE])
def test_deadlines_table(row):
    _doc, record = _run(row["text"])
    found = sorted(record.deadlines, key=lambda d: (d.date, d.action or ""))
    expected = sorted(row["expect"], key=lambda d: (d["date"], d.get("action", "")))
    assert len(found) == len(expected), [d.model_dump(exclude={"span"}) for d in found]
    for deadline, want in zip(found, expected):
        got = deadline.model_dump()
        assert {k: (got[k], v) for k, v in want.items() if got[k] != (v or None)} == {}


def test_deadline_marks_its_date_and_keeps_span():
    doc, record = _run(TABLE[0]["text"])
    (deadline,) = record.deadlines
    assert doc.text[deadline.span.start:deadline.span.end] == deadline.span.text
    assert deadline.span.text.startswith("līdz")
    assert [d.role for d in record.dates] == ["deadline"]


def test_event_and_deadline_in_one_text_keep_their_own_dates():
    _doc, record = _run("Seminārs notiks [[20. maijā|2022-05-20]] Rīgā. Pieteikties līdz [[15. maijam|2022-05-15]].")
    assert [(e.type, e.start) for e in record.events] == [("seminārs", "2022-05-20")]
    assert [(d.date, d.action) for d in record.deadlines] == [("2022-05-15", "pieteikties")]
    assert [d.role for d in record.dates] == ["event", "deadline"]


def test_table_is_big_enough_and_has_negatives():
    assert len(TABLE) >= 20
    assert sum(1 for r in TABLE if not r["expect"]) >= 6
