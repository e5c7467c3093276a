"""The deadlines table (tests/examples/deadlines.toml): marked Latvian texts → expected deadlines."""
from __future__ import annotations

import pytest
from example_tables import examples, load_table

from lvextract.extractors import deadlines, events
from marked import marked_record
from operation_count import LINEAR_GROWTH, growth

TABLE = load_table("deadlines")


def _run(text: str):
    doc, record = marked_record(text)
    events.extract(doc, record)  # as in the pipeline: events first, then deadlines
    deadlines.extract(doc, record)
    return doc, record


@pytest.mark.parametrize("row", examples("deadlines"))
def test_deadlines_table(row):
    _doc, record = _run(row.text)
    found = sorted(record.deadlines, key=lambda d: (d.date, d.action or ""))
    expected = sorted(row.expect, key=lambda d: (d["date"], d.get("action", "")))
    assert len(found) == len(expected), [d.model_dump(exclude={"span"}) for d in found]
    for deadline, want in zip(found, expected):
        got = deadline.model_dump()
        assert {k: (got[k], v) for k, v in want.items() if got[k] != (v or None)} == {}


def test_deadline_marks_its_date_and_keeps_span():
    doc, record = _run(TABLE.examples[0].text)
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
    assert TABLE.negatives >= 6


def _one_sentence(text: str):
    """A document whose whole text is one sentence (a page with no sentence break), its dates
    marked where "<day>. martam" stands, built without the tokenizer."""
    import re

    from lvextract.document import Document
    from lvextract.record import DateMention, Record

    doc = Document.from_offsets(text, [[(m.start(), m.end()) for m in re.finditer(r"\S+", text)]])
    record = Record(doc_id="t", source="t", sha256="x")
    record.dates = [DateMention(value="2024-03-05", span=doc.span(m.start(), m.end()))
                    for m in re.finditer(r"\d+\. martam", text)]
    return doc, record


@pytest.mark.parametrize("prefix, unit", [
    ("", "līdz 5. martam "),                                  # every date cued, no action anywhere
    ("Reģistrācija ", "turpināsies līdz 5. martam "),        # a verb of duration back to one far noun
    ("Pieteikumus iesniegt ", "nosūtot līdz 5. martam "),     # a converb back to one far verb
    ("", "Pieteikšanas termiņš:\n\n5. martam\n\n"),          # a label over every date line
    ("", "\n5. martam – iesniegšanas termiņš\n"),               # a timeline row per date
])
def test_many_dates_in_one_sentence_stay_linear(prefix, unit):
    """A page with no sentence break: the clause is the whole text. Scanning it per date took
    minutes (42 s for 100 KB); one scan per document and a bisection per date keep the work per
    date fixed, so the operations double with the text. The megabyte run is what a rescan per
    date could not finish before the hang guard (over an hour)."""
    def extract_from(chars: int):
        doc, record = _one_sentence(prefix + unit * (chars // len(unit)))
        return lambda: deadlines.extract(doc, record)

    extract_from(2_000)()  # vocabularies and patterns loaded before anything is counted
    assert growth(extract_from(20_000), extract_from(40_000)) < LINEAR_GROWTH
    doc, record = _one_sentence(prefix + unit * (1_000_000 // len(unit)))
    deadlines.extract(doc, record)
    assert len(record.deadlines) <= 1  # one date value: at most one deadline
