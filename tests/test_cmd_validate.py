"""`lvextract validate`: every bad line named by number and reason; exit 1 if any, 2 for a missing file."""
import json

import pytest

from cli_helpers import record, run_cli, write_jsonl

TEXT = "Rīgā, 2014. gada 2. aprīlī. Pieteikties līdz 25. aprīlim, tālr. 29442854."
DATE = {"value": "2014-04-02", "end": None, "anchored": False, "role": "document",
        "span": {"start": 6, "end": 26, "text": TEXT[6:26]}}


def with_date(**changes) -> dict:
    return record(dates=[{**DATE, **changes}])


# (line as data or raw text, expected reason fragment or None when the line is valid)
ROWS = [
    (record(), None),
    (record(dates=[DATE], document_date="2014-04-02"), None),
    (record(budgets=[{"amount": 4486638.0, "currency": "EUR", "kind": "total", "shares": [],
                      "span": {"start": 0, "end": 4, "text": "Rīgā"}}]), None),
    ('{"doc_id": "x",', "invalid JSON"),
    ("[1, 2]", "is not of type 'object'"),
    ('"a string"', "is not of type 'object'"),
    ({"doc_id": "only"}, "is a required property"),
    (record(document_date="2014-02-30"), "is not a real calendar date"),
    (record(document_date="2.04.2014"), "does not match"),
    (with_date(value="2023-02-29"), "is not a real calendar date"),
    (with_date(value="2014-4-2"), "does not match"),
    (with_date(role="deadlin"), "is not one of"),
    (with_date(span={"start": 6, "end": 26}), "'text' is a required property"),
    (with_date(span={"start": 6, "end": 9, "text": "2014. gada"}), "text has 10 characters but offsets 6..9 cover 3"),
    (with_date(span={"start": 9, "end": 6, "text": ""}), "end 6 before start 9"),
    (with_date(span={"start": -1, "end": 6, "text": "x"}), "less than the minimum"),
    (record(target_groups=[{"id": "aliens", "text": "citplanētieši", "span": DATE["span"]}]), "is not one of"),
    (record(budgets=[{"amount": "12", "currency": "EUR", "span": DATE["span"]}]), "is not of type integer or number"),
    (record(budgets=[{"amount": 12, "currency": "eiro", "span": DATE["span"]}]), "does not match"),
    (record(unexpected=1), "Additional properties are not allowed"),
    (record(contacts=[{"name": "Romāns Putāns", "phones": "+37129442854", "span": DATE["span"]}]), "is not of type 'array'"),
    # values, not only shapes
    (record(contacts=[{"phones": ["+37129442854", "+371 67000000"], "span": DATE["span"]}]), "is not an E.164 number"),
    (record(contacts=[{"phones": ["29442854"], "span": DATE["span"]}]), "is not an E.164 number"),
    (record(contacts=[{"phones": ["+3712"], "span": DATE["span"]}]), "is not an E.164 number"),
    (record(contacts=[{"phones": ["+37129442854", "+4915112345678"], "span": DATE["span"]}]), None),
    (record(budgets=[{"amount": 12, "currency": "EIR", "span": DATE["span"]}]), "is not an ISO 4217 currency code"),
    (record(budgets=[{"amount": 12, "currency": "LVL", "span": DATE["span"]}]), None),   # the lats, withdrawn
    (with_date(value="2019-11-22", end="2019-11-21"), "'2019-11-21' is before value '2019-11-22'"),
    (with_date(value="2019-11-21", end="2019-11-21"), None),
    (with_date(value="2019-11", end="2019-10-05"), None),   # not both full days: no order to check
    (record(events=[{"type": "seminārs", "start": "2019-03-05", "end": "2019-03-04", "span": DATE["span"]}]),
     "'2019-03-04' is before start '2019-03-05'"),
    (record(events=[{"type": "seminārs", "start": "2019-03-04", "end": "2019-03-05", "span": DATE["span"]}]), None),
    (record(funding=[{"id": "ESF+", "name": "ESF+", "span": DATE["span"]}]), "is not one of"),
    (record(budgets=[{"amount": 12, "currency": "EUR", "shares": [{"percent": 85, "source": "EU"}],
                      "span": DATE["span"]}]), "is not one of"),
]


@pytest.mark.parametrize("line, reason", ROWS)
def test_each_line(tmp_path, line, reason):
    path = write_jsonl(tmp_path / "r.jsonl", [line])
    code, out, _err = run_cli("validate", path, "--json")
    result = json.loads(out)
    if reason is None:
        assert code == 0 and result["problems"] == [] and result["valid"] == 1
    else:
        assert code == 1 and result["invalid"] == 1
        assert any(reason in p["reason"] for p in result["problems"]), result["problems"]
        assert {p["line"] for p in result["problems"]} == {1}


def test_lines_are_numbered_as_in_the_file(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [record("a"), "", record("b", document_date="x"), "{oops"])
    code, out, _err = run_cli("validate", path)
    assert code == 1
    assert f"{path}:3 (b): $.document_date: 'x' does not match" in out
    assert f"{path}:4: $: invalid JSON" in out
    assert "3 records, 2 invalid" in out


def test_all_valid_exit_0(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [record("a"), record("b")])
    code, out, _err = run_cli("validate", path)
    assert code == 0 and "2 records, all valid" in out


def test_missing_file_is_usage_error(tmp_path):
    code, _out, err = run_cli("validate", tmp_path / "absent.jsonl")
    assert code == 2 and "absent.jsonl: no such file" in err


def test_undecodable_file_is_usage_error(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"doc_id": "\xff\xfe"}\n')
    code, _out, err = run_cli("validate", path)
    assert code == 2 and "cannot read" in err


def test_reads_stdin():
    from click.testing import CliRunner

    from lvextract.cli import main

    result = CliRunner().invoke(main, ["validate", "-"], input=json.dumps(record("a")) + "\n{bad\n")
    assert result.exit_code == 1 and "-:2: $: invalid JSON" in result.stdout


def test_one_record_is_singular(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [record("a")])
    code, out, _err = run_cli("validate", path)
    assert code == 0 and "1 record, all valid" in out


def test_records_of_the_corpus_stay_valid(tmp_path):
    """What `parse` writes passes: its phones, currencies and ranges are what validate wants."""
    from pathlib import Path

    from lvextract.runner import RunOptions, run
    from lvextract.reading import find_inputs

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    records = [r.model_dump_json() for r in run(find_inputs([str(corpus)]), RunOptions(jobs=1))]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    code, out, _err = run_cli("validate", path)
    assert code == 0, out
