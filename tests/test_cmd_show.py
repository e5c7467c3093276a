"""`lvextract show`: items marked in the text (colour, or ⟦…⟧{field} without), the record table, HTML."""

import pytest

from cli_helpers import record, run_cli, span, write_jsonl
from lvextract.highlight import Mark, marks, plain_marked, stale_marks

TEXT = ("Rīgā, 2019. gada 5. martā\n\nSeminārs notiks šā gada 11. jūnijā.\n"
        "Pieteikties līdz 25. aprīlim pie Jāņa Bērziņa (tālr. 29442854).\n")
DATES = [{"value": "2019-03-05", "end": None, "anchored": False, "role": "document", "span": span(TEXT, "2019. gada 5. martā")},
         {"value": "2019-06-11", "end": None, "anchored": True, "role": "event", "span": span(TEXT, "šā gada 11. jūnijā")}]
EVENT = {"type": "seminārs", "start": "2019-06-11", "status": "planned", "span": span(TEXT, "Seminārs notiks šā gada 11. jūnijā")}
CONTACT = {"name": "Jānis Bērziņš", "phones": ["+37129442854"], "span": span(TEXT, "Jāņa Bērziņa (tālr. 29442854)")}


@pytest.fixture
def files(tmp_path):
    text = tmp_path / "zinas.txt"
    text.write_text(TEXT, encoding="utf-8")
    records = write_jsonl(tmp_path / "r.jsonl", [record("zinas", document_date="2019-03-05", dates=DATES,
                                                        events=[EVENT], contacts=[CONTACT])])
    return text, records


@pytest.mark.parametrize("text, found, expected", [
    ("abc", [], "abc"),
    ("ab cd", [Mark(3, 5, "dates", "x")], "ab ⟦cd⟧{dates}"),
    ("ab cd", [Mark(0, 5, "events", "x"), Mark(3, 5, "dates", "x")], "⟦ab ⟦cd⟧{dates}⟧{events}"),
    ("ab cd", [Mark(0, 5, "events", "x"), Mark(0, 2, "dates", "x")], "⟦⟦ab⟧{dates} cd⟧{events}"),
    ("ab cd", [Mark(0, 2, "funding", "x"), Mark(3, 5, "projects", "x")], "⟦ab⟧{funding} ⟦cd⟧{projects}"),
])
def test_plain_marked(text, found, expected):
    assert plain_marked(text, found) == expected


def test_marks_longest_first_and_skip_spans_outside_the_text():
    data = record(dates=DATES + [{**DATES[0], "span": {"start": 500, "end": 510, "text": "x"}}], events=[EVENT])
    assert [m.field for m in marks(data, TEXT)] == ["events", "dates", "dates"]


def test_stale_marks_name_spans_that_do_not_fit():
    moved = {**DATES[0], "span": {**DATES[0]["span"], "start": 0, "end": 19}}
    assert stale_marks(record(dates=[moved]), TEXT) and not stale_marks(record(dates=DATES), TEXT)


def test_show_stored_record(files):
    text, records = files
    code, out, _err = run_cli("show", text, "--record", records)
    assert code == 0
    assert "Rīgā, ⟦2019. gada 5. martā⟧{dates}" in out
    assert "⟦Seminārs notiks ⟦šā gada 11. jūnijā⟧{dates}⟧{events}." in out
    assert "⟦Jāņa Bērziņa (tālr. 29442854)⟧{contacts}" in out
    table = " ".join(out.split())
    assert "seminārs@2019-06-11" in table and "Jānis Bērziņš; +37129442854" in table and "document_date │ 2019-03-05" in table


def test_show_html_is_a_self_contained_page(files, tmp_path):
    text, records = files
    page = tmp_path / "out" / "zinas.html"
    code, _out, err = run_cli("show", text, "--record", records, "--html", page, "--no-text")
    assert code == 0 and str(page) in err
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html and "<link" not in html
    assert "<br>" in html and "Bērziņa" in html
    for field in ("dates", "events", "contacts"):
        assert field in html
    assert "seminārs@2019-06-11" in html


def test_show_parses_when_no_record_given(files):
    text, _records = files
    code, out, _err = run_cli("show", text, "--no-color")
    assert code == 0 and "record zinas" in out and "Rīgā" in out


def test_colour_on_request(files):
    text, records = files
    code, out, _err = run_cli("show", text, "--record", records, "--color")
    assert code == 0 and "\x1b[" in out and "⟦" not in out


@pytest.mark.parametrize("problem, code, message", [
    ("missing_text", 2, "no such file"),
    ("missing_records", 2, "no such file"),
    ("bad_json", 2, "r.jsonl:1: invalid JSON"),
    ("no_record", 2, "no record with doc_id zinas"),
    ("stale", 1, "do not match the text"),
    ("empty_text", 1, "empty file"),
])
def test_error_paths(files, problem, code, message):
    text, records = files
    if problem == "missing_text":
        text = text.parent / "absent.txt"
    elif problem == "missing_records":
        records = records.parent / "absent.jsonl"
    elif problem == "bad_json":
        records.write_text("{oops\n", encoding="utf-8")
    elif problem == "no_record":
        write_jsonl(records, [record("other")])
    elif problem == "stale":
        text.write_text("Cits teksts. " + TEXT, encoding="utf-8")
    else:
        text.write_bytes(b"")
    got, _out, err = run_cli("show", text, "--record", records)
    assert got == code and message in err


def test_brackets_in_text_and_values_are_shown_literally(tmp_path):
    text = "Projekts [bold]Alfa[/bold] [ESF] sākas 2020. gadā.\n"
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    project = {"name": "[bold]Alfa[/bold]", "aliases": [], "contract": None, "span": span(text, "[bold]Alfa[/bold]")}
    records = write_jsonl(tmp_path / "r.jsonl", [record("b", projects=[project])])
    code, out, _err = run_cli("show", tmp_path / "b.txt", "--record", records)
    assert code == 0
    assert "⟦[bold]Alfa[/bold]⟧{projects} [ESF]" in out
    assert out.count("[bold]Alfa[/bold]") == 3   # in the text, as the value, as the span text


def test_reference_date_anchors_the_shown_record(tmp_path):
    path = tmp_path / "rel.txt"
    path.write_text("Seminārs notiks nākamajā pirmdienā Rīgā.\n", encoding="utf-8")
    code, out, _err = run_cli("show", path, "--no-text", "--reference-date", "2023-03-03")
    assert code == 0 and "2023-03-06" in out
    code, out, _err = run_cli("show", path, "--no-text")
    assert code == 0 and "2023-03-06" not in out
    code, _out, err = run_cli("show", path, "--reference-date", "yesterday")
    assert code == 2 and "--reference-date" in err
