"""`lvextract show`: items marked in the text (colour, or ⟦…⟧{field} without), the record table, HTML."""

import re

import pytest
from click.testing import CliRunner

from cli_helpers import record, run_cli, span, write_jsonl
from lvextract.cli import main
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


def _reduced(style_text: str) -> tuple:
    """A style as a 16-colour terminal shows it: its attributes and its colours as standard ones."""
    from rich.color import ColorSystem
    from rich.style import Style

    style = Style.parse(style_text)
    colours = [c.downgrade(ColorSystem.STANDARD).number if c else None for c in (style.color, style.bgcolor)]
    return (bool(style.bold), bool(style.italic), bool(style.underline), bool(style.reverse), *colours)


def test_palette_stays_distinct_on_16_colours():
    from lvextract.highlight import FIELD_STYLES, SPAN_FIELDS

    assert tuple(FIELD_STYLES) == SPAN_FIELDS
    reduced = {field: _reduced(style) for field, style in FIELD_STYLES.items()}
    assert len(set(reduced.values())) == len(reduced), reduced
    # and each one shows something: a background, or a colour of the text with an attribute
    assert all(r[5] is not None or (r[4] is not None and any(r[:4])) for r in reduced.values())


def test_legend_shows_each_field_in_its_style():
    from lvextract.highlight import FIELD_STYLES, legend

    shown = legend()
    assert [(shown.plain[s.start:s.end].strip(), str(s.style)) for s in shown.spans] == list(FIELD_STYLES.items())


def test_sixteen_colour_terminal_gets_one_style_per_field(files):
    text, records = files
    result = CliRunner().invoke(main, ["show", str(text), "--record", str(records), "--color", "always"],
                                env={"TERM": "xterm-16color", "COLORTERM": ""}, catch_exceptions=False)
    assert result.exit_code == 0
    # standard colours only: no 256-colour (38;5 / 48;5) or true-colour (38;2 / 48;2) codes
    assert "\x1b[" in result.stdout and not re.search(r"\x1b\[[0-9;]*[34]8;[25];", result.stdout)


def test_table_shows_event_place_and_time_and_contact_organization(tmp_path):
    text = "Seminārs notiks 2019. gada 11. jūnijā plkst. 10.00 Rīgā. Jānis Bērziņš, biedrība Alfa.\n"
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    event = {"type": "seminārs", "title": "Datu diena", "start": "2019-06-11", "start_time": "10:00",
             "end_time": "12:30", "place": "Rīga", "address": "Raiņa bulvāris 19", "status": "planned",
             "span": span(text, "Seminārs notiks 2019. gada 11. jūnijā plkst. 10.00 Rīgā")}
    contact = {"name": "Jānis Bērziņš", "role": "vadītājs", "organization": "biedrība Alfa",
               "span": span(text, "Jānis Bērziņš, biedrība Alfa")}
    records = write_jsonl(tmp_path / "r.jsonl", [record("t", events=[event], contacts=[contact])])
    code, out, _err = run_cli("show", tmp_path / "t.txt", "--record", records, "--no-text")
    # the details column, its wrapped lines joined again
    cells = [line.split("│")[3] for line in out.splitlines() if line.count("│") == 6]
    table = " ".join(" ".join(cells).split())
    assert code == 0 and "┃ details" in out
    for shown in ("place: Rīga", "address: Raiņa bulvāris 19", "time: 10:00–12:30", "title: Datu diena",
                  "organization: biedrība Alfa", "role: vadītājs"):
        assert shown in table, shown
