"""The Python API (lvextract.extract / lvextract.parse): texts written for this test."""
from __future__ import annotations

import doctest
import hashlib
import threading

import pytest

import lvextract
from lvextract import api


def test_dir_shows_the_api():
    assert {"extract", "parse", "Record", "PIPELINE_VERSION"} <= set(dir(lvextract))


def test_module_docstring_example_runs():
    result = doctest.testmod(api, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 2 and result.failed == 0


def test_extract_gives_a_full_record():
    text = "Seminārs notiks 2024. gada 7. februārī Cēsīs. Pieteikties līdz 2024. gada 1. februārim."
    record = lvextract.extract(text, doc_id="cesis")
    assert isinstance(record, lvextract.Record)
    assert record.doc_id == "cesis" and record.source == "cesis"
    assert record.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert [(d.value, d.role) for d in record.dates] == [("2024-02-07", "event"), ("2024-02-01", "deadline")]
    assert [(e.type, e.start) for e in record.events] == [("seminārs", "2024-02-07")]
    assert [(d.date, d.action) for d in record.deadlines] == [("2024-02-01", "pieteikties")]
    # Spans are offsets into the text as given.
    assert all(text[d.span.start:d.span.end] == d.span.text for d in record.dates)


def test_given_document_date_anchors_this_year_words():
    record = lvextract.extract("Seminārs notiks šā gada 11. jūnijā.", document_date="2014-04-02")
    assert str(record.document_date) == "2014-04-02"
    assert [(d.value, d.anchored) for d in record.dates] == [("2014-06-11", True)]


def test_reference_date_anchors_but_is_not_the_document_date():
    record = lvextract.extract("Seminārs notiks šā gada 11. jūnijā.", reference_date="2019-01-10")
    assert record.document_date is None
    assert [d.value for d in record.dates] == ["2019-06-11"]


def test_without_any_date_the_year_stays_unknown():
    record = lvextract.extract("Seminārs notiks šā gada 11. jūnijā.")
    assert [d.value for d in record.dates] == ["XXXX-06-11"] and record.warnings


@pytest.mark.parametrize("bad", ["11.06.2014", "2014-13-01", "rīt"])
def test_a_date_that_is_not_iso_is_refused(bad):
    with pytest.raises(ValueError, match="document_date"):
        lvextract.extract("Teksts.", document_date=bad)


def test_extract_refuses_bytes():
    with pytest.raises(TypeError):
        lvextract.extract(b"Teksts.")


def test_parse_streams_records_in_input_order(tmp_path):
    (tmp_path / "b.txt").write_text("Konference notiks 2022. gada 3. maijā.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Tālrunis: 67012345", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    records = list(lvextract.parse(tmp_path))
    assert [r.doc_id for r in records] == ["a", "b", "c"]
    assert records[0].contacts[0].phones == ["+37167012345"]
    assert [(e.type, e.start) for e in records[1].events] == [("konference", "2022-05-03")]
    assert records[2].error is not None and records[2].error.code == "empty"


def test_parse_takes_a_list_of_files(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("Līdz 2021. gada 5. martam iesniegt pieteikumu.", encoding="utf-8")
    assert [r.doc_id for r in lvextract.parse([str(one), one])] == ["one"]


def test_parse_of_a_missing_path_raises_before_any_record(tmp_path):
    with pytest.raises(FileNotFoundError):
        lvextract.parse(tmp_path / "nav")


def test_threads_get_the_records_a_single_thread_gets():
    texts = [f"Sanāksme notiks 2023. gada {day}. oktobrī, tālr. 6701234{day % 10}." for day in range(1, 9)]
    serial = [lvextract.extract(t).model_dump_json() for t in texts]
    results: dict[int, str] = {}

    def work(i: int) -> None:
        results[i] = lvextract.extract(texts[i]).model_dump_json()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(len(texts))] == serial
