"""`lvextract parse` on the files analysts keep: one announcement as .txt, .html, .pdf, .docx and
.odt gives the same scored fields; broken files give one error record each; exports open back."""
from __future__ import annotations

import io
import json

import pytest

import format_fixtures as fx
from cli_helpers import run_cli
from lvextract.scoring import KEYS


def _write_all(folder):
    folder.mkdir()
    (folder / "release.txt").write_text(fx.plain_text(), encoding="utf-8")
    (folder / "release_page.html").write_bytes(fx.html_page())
    (folder / "release_scan.pdf").write_bytes(fx.pdf_file())
    (folder / "release_word.docx").write_bytes(fx.docx_file())
    (folder / "release_office.odt").write_bytes(fx.odt_file())
    return folder


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    folder = _write_all(tmp_path_factory.mktemp("formats") / "in")
    out = folder.parent / "records.jsonl"
    code, _out, err = run_cli("parse", folder, "-j", "1", "-o", out, "--with-text")
    assert code == 0, err
    return {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def test_every_format_is_read_by_default(parsed):
    assert {r["doc_id"]: r["source_format"] for r in parsed.values()} == {
        "release": "text", "release_page": "html", "release_scan": "pdf", "release_word": "docx",
        "release_office": "odt"}


@pytest.mark.parametrize("doc_id", ["release_page", "release_scan", "release_word", "release_office"])
def test_same_scored_fields_as_the_text(parsed, doc_id):
    plain, rich = parsed["release"], parsed[doc_id]
    for field, key in KEYS.items():
        assert key(rich) == key(plain), field
    assert ("2023-03-10", "pieteikties") in KEYS["deadlines"](plain)


def test_spans_point_into_the_extracted_text(parsed):
    for record in parsed.values():
        text = record["text"]
        for field in ("dates", "events", "deadlines", "contacts", "budgets", "target_groups", "funding"):
            for item in record[field]:
                span = item["span"]
                assert text[span["start"]:span["end"]] == span["text"]


def test_web_page_date_from_its_metadata_when_the_text_states_none(parsed):
    assert parsed["release_page"]["document_date"] == "2023-03-01"
    assert parsed["release"]["document_date"] is None


@pytest.mark.parametrize(("name", "data", "code"), [
    ("locked.pdf", fx.pdf_file(encrypt=True), "pdf_encrypted"),
    ("scan.pdf", fx.image_only_pdf(), "pdf_no_text"),
    ("cut.docx", fx.truncated(fx.docx_file()), "docx_broken"),
    ("archive.docx", fx.plain_zip(), "zip_unsupported"),
])
def test_broken_files_give_an_error_record_naming_format_and_problem(tmp_path, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    exit_code, out, err = run_cli("parse", path, "-j", "1")
    record = json.loads(out)
    assert exit_code == 1 and record["error"]["code"] == code and name in record["error"]["message"]


def test_a_folder_without_inputs_is_a_usage_error(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    code, _out, err = run_cli("parse", tmp_path)
    assert code == 2 and "no input files under" in err and "*.pdf" in err
    code, _out, err = run_cli("check", tmp_path)
    assert code == 2 and "no input files under" in err


def test_calendar_and_workbook_exports(tmp_path):
    from icalendar import Calendar
    from openpyxl import load_workbook

    folder = _write_all(tmp_path / "in")
    code, _out, err = run_cli("parse", folder, "-j", "1", "--format", "ics", "-o", tmp_path / "r.ics")
    assert code == 0, err
    calendar = Calendar.from_ical((tmp_path / "r.ics").read_text(encoding="utf-8"))
    assert len(calendar.walk("VTODO")) == 5  # the registration deadline, once per file
    code, _out, err = run_cli("parse", folder, "-j", "1", "--format", "xlsx", "-o", tmp_path / "r.xlsx")
    assert code == 0, err
    workbook = load_workbook(tmp_path / "r.xlsx")
    assert workbook["documents"].max_row == 6 and workbook["contacts"].max_row == 6
    code, _out, err = run_cli("parse", folder, "-j", "1", "--format", "xlsx")
    assert code == 2 and "-o" in err


def test_show_highlights_the_evidence_of_a_pdf(tmp_path):
    path = tmp_path / "release.pdf"
    path.write_bytes(fx.pdf_file())
    code, out, err = run_cli("show", path)
    assert code == 0, err
    # The text read out of the PDF, with the evidence marked, then the record's table.
    assert "Pieteikšanās" in out and "2023. gada 10. martam" in out and "pieteikties@2023-03-10" in out
    assert "Anna Liepiņa" in out and "Pieteik-" not in out
