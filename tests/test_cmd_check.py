"""`lvextract check`: a batch job's gate — fails per missing required field per file."""
import json

import click
import pytest

from cli_helpers import run_cli
from lvextract.commands.check import DEFAULT_REQUIRE, REQUIRABLE, parse_require
from lvextract.record import LIST_FIELDS

# No dates, no contact, no money: whatever the extractors become, these fields stay empty.
BARE = "Paziņojums\n\nBiedrība pateicas visiem, kas palīdzēja sakopt parku.\n"


@pytest.mark.parametrize("given, expected", [
    ((), DEFAULT_REQUIRE),
    (("deadlines,contacts",), ("deadlines", "contacts")),
    ((" deadlines , title ",), ("deadlines", "title")),
    (("dates", "dates,budgets"), ("dates", "budgets")),   # repeatable, de-duplicated
    (("document_date",), ("document_date",)),
])
def test_parse_require(given, expected):
    assert parse_require(given) == expected


@pytest.mark.parametrize("given", [("deadline",), ("dates,kontakti",), ("schema_version",), ("doc_id",),
                                   ("",), (",",), (" , ",), ("dates", "")])
def test_parse_require_rejects_unknown(given):
    with pytest.raises(click.BadParameter):
        parse_require(given)


def test_every_list_field_is_requirable():
    assert set(LIST_FIELDS) | {"title", "document_date"} == set(REQUIRABLE)


def test_unknown_field_is_usage_error_naming_valid_ones(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BARE, encoding="utf-8")
    code, out, err = run_cli("check", path, "--require", "dates,termiņi")
    assert code == 2 and out == ""
    assert "termiņi" in err and "valid: title, document_date, dates" in err and "deadlines" in err


def test_missing_path_is_usage_error(tmp_path):
    code, _out, err = run_cli("check", tmp_path / "absent.txt")
    assert code == 2 and "absent.txt" in err


def test_one_line_per_missing_field_per_file(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(BARE, encoding="utf-8")
    code, out, _err = run_cli("check", tmp_path, "--require", "budgets,deadlines")
    assert code == 1
    fails = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert fails == [f"FAIL {tmp_path / n}: no {f} found (required)" for n in ("a.txt", "b.txt")
                     for f in ("budgets", "deadlines")]
    assert "2 files, 2 failed; required: budgets, deadlines" in out


def test_passes_when_required_fields_are_there(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BARE, encoding="utf-8")
    code, out, _err = run_cli("check", path, "--require", "title", "--json")
    result = json.loads(out)
    assert code == 0 and result["failed"] == 0
    assert result["results"] == [{"source": str(path), "doc_id": "a", "ok": True, "missing": [], "error": None}]


def test_unreadable_file_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, _err = run_cli("check", tmp_path / "empty.txt", "--json")
    result = json.loads(out)["results"][0]
    assert code == 1 and not result["ok"] and "empty file" in result["error"]


def test_reference_date_reaches_the_run(tmp_path, monkeypatch):
    import lvextract.runner

    seen = []
    real_run = lvextract.runner.run

    def spy(sources, options):
        seen.append(options.reference_date)
        return real_run(sources, options)

    monkeypatch.setattr(lvextract.runner, "run", spy)
    path = tmp_path / "a.txt"
    path.write_text(BARE, encoding="utf-8")
    code, _out, _err = run_cli("check", path, "--require", "title", "--reference-date", "2023-03-03")
    assert code == 0 and seen == ["2023-03-03"]
    code, _out, err = run_cli("check", path, "--reference-date", "2023-13-01")
    assert code == 2 and "--reference-date" in err


@pytest.mark.parametrize("given", ["", ",", "  "])
def test_empty_require_is_usage_error_naming_valid_ones(tmp_path, given):
    path = tmp_path / "a.txt"
    path.write_text(BARE, encoding="utf-8")
    code, out, err = run_cli("check", path, "--require", given)
    assert code == 2 and out == ""
    assert "--require" in err and "empty" in err and "valid: title, document_date, dates" in err


def test_quiet_prints_only_failures(tmp_path):
    (tmp_path / "a.txt").write_text(BARE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Pieteikties līdz 2024. gada 5. martam.\n", encoding="utf-8")
    code, out, _err = run_cli("check", tmp_path, "--require", "title,deadlines", "-q")
    assert code == 1
    assert out.splitlines() == [f"FAIL {tmp_path / 'a.txt'}: no deadlines found (required)"]
    code, out, _err = run_cli("check", tmp_path / "b.txt", "--require", "deadlines", "--quiet")
    assert code == 0 and out == ""


@pytest.mark.parametrize("glob", [(), ("--glob", "*.nomatch")])
def test_no_input_is_usage_error(tmp_path, glob):
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    code, out, err = run_cli("check", tmp_path, *glob)
    assert code == 2 and out == "" and "no input files under" in err


def test_summary_says_1_file(tmp_path):
    (tmp_path / "a.txt").write_text(BARE, encoding="utf-8")
    code, out, _err = run_cli("check", tmp_path / "a.txt", "--require", "title")
    assert code == 0 and out.splitlines()[-1] == "1 file, 0 failed; required: title"
