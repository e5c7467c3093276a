"""The Latvian temporal grammar against the example table tests/examples/dates.toml,
the seed gold, the dates extractor's record fields, and linear-time behaviour."""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from example_tables import examples, load_table

from lvextract.document import Document
from lvextract.extractors import dates
from lvextract.reading import decode
from lvextract.record import Record
from lvextract.temporal import analyse

ROOT = Path(__file__).resolve().parent.parent


def _date(value: str | None) -> dt.date | None:
    return None if value in (None, "none") else dt.date.fromisoformat(value)


def _iso(value) -> str | None:
    """The document date as the record writes it: a day, or a month from a metadata line."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def _run(row):
    """The row's text analysed against its document date ("none": without one), or with the
    document date detected in the text when the row says `detect`."""
    if row.context.get("detect"):
        return analyse(row.text)
    return analyse(row.text, document_date=_date(row.context["document_date"]))


def test_table_is_large_enough():
    table = load_table("dates")
    assert len(table) >= 100
    assert table.negatives >= 15, "the table needs negative rows"


@pytest.mark.parametrize("row", examples("dates"))
def test_example(row):
    analysis, expect, text = _run(row), row.expect, row.text
    # Calendar expressions only: relative dates have their own table (examples/relative.toml).
    analysis.mentions = [m for m in analysis.mentions if m.relative is None]
    got = [[m.value] if m.end_value is None else [m.value, m.end_value] for m in analysis.mentions]
    assert got == expect["dates"], [text[m.start:m.end] for m in analysis.mentions]
    if "document" in expect:
        assert _iso(analysis.document_date) == (None if expect["document"] == "none" else expect["document"])
    if "roles" in expect:
        assert [m.role for m in analysis.mentions] == expect["roles"]
    if "anchored" in expect:
        assert [m.anchored for m in analysis.mentions] == expect["anchored"]
    if "warnings" in expect:
        assert len(analysis.warnings) == expect["warnings"], analysis.warnings
    if "furniture" in expect:
        # page furniture (a print stamp, a widget's today): dates nothing, by the spans' texts
        assert [text[s:e] for s, e in analysis.furniture] == expect["furniture"]
    for m in analysis.mentions:
        assert text[m.start:m.end].strip() == text[m.start:m.end], "spans carry no outer blanks"


# The five seeds and every further gold document the project keeps beside them.
SEEDS = sorted((ROOT / "corpus" / "gold").glob("*.json"))


@pytest.mark.parametrize("gold_file", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_gold(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = unicodedata.normalize("NFC", decode((ROOT / "corpus" / f"{gold_file.stem}.txt").read_bytes())[0])
    analysis = analyse(text)
    assert {(m.value, m.end_value) for m in analysis.mentions if m.relative is None} == \
        {(d["value"], d["end"]) for d in gold["dates"]}
    assert _iso(analysis.document_date) == gold["document_date"]


def test_extractor_fills_record_fields_with_exact_spans():
    text = "\n2014. gada 2. aprīlī Rīgā\n\nSeminārs notiks šā gada 11. jūnijā. Projekts ilgst 2014.-2020. gadu."
    record = Record(doc_id="t", source="t", sha256="x")
    dates.extract(Document(text), record)
    assert record.document_date == "2014-04-02"
    assert [(d.value, d.end, d.role, d.anchored) for d in record.dates] == [
        ("2014-04-02", None, "document", False), ("2014-06-11", None, "other", True), ("2014", "2020", "period", False)]
    for d in record.dates:
        assert text[d.span.start:d.span.end] == d.span.text
    assert record.warnings == []


def test_extractor_warns_when_a_year_cannot_be_anchored():
    record = Record(doc_id="t", source="t", sha256="x")
    dates.extract(Document("Darbnīca notiks š.g. 16.maijā."), record)
    assert record.document_date is None
    assert [d.value for d in record.dates] == ["XXXX-05-16"]
    assert len(record.warnings) == 1 and "š.g. 16.maijā" in record.warnings[0]


@pytest.mark.parametrize("text", ["1." * 100_000, "1" * 100_000, "2014." * 20_000 + "gada", "1.-" * 50_000, " " * 100_000 + "maijā",
                                  "12.05. " * 20_000, "." * 100_000, "x" * 100_000 + "\n" + "y" * 100_000,
                                  # one huge first line of dates: the document-date checks read bounded slices of it
                                  "Otrdiena, 16.03.2020 " * 20_000 + "\n" + "12.03.2021\n" * 20_000])
def test_long_digit_and_dot_runs_finish(text):
    # No timing assertion: catastrophic backtracking would simply never return.
    analyse(text)


def test_rows_use_only_known_keys():
    """A misspelt key (`role` for `roles`) would silently check nothing."""
    for row in load_table("dates").examples:
        assert set(row.expect) <= {"dates", "document", "roles", "anchored", "warnings", "furniture"}, row.id
        assert set(row.context) <= {"document_date", "detect"}, row.id


def test_archive_labels_are_metadata_labels_listed_once():
    # temporal.toml lists a blog's archive headings once, under archive_labels;
    # vocabulary.metadata_labels() makes them metadata labels too, so both read as they did when
    # the file listed them twice. temporal() is the file as it stands.
    from lvextract import datafiles
    from lvextract.temporal import vocabulary as vocab
    raw = datafiles.load_toml("temporal/data/temporal.toml")["document_date"]
    assert not set(raw["metadata_labels"]) & set(raw["archive_labels"])
    fields = vocab.temporal()["document_date"]
    assert fields == raw
    assert fields["archive_labels"] == ["daily archives", "monthly archives", "mēnesis", "mēneša arhīvs", "arhīvs"]
    assert sorted(vocab.metadata_labels()) == sorted(["date", "datums", "publicēts", "published", "diena",
                                                      *fields["archive_labels"]])
