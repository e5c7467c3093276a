"""`lvextract eval`: the command prints exactly what the scorer computes, and names bad input."""
import json
from pathlib import Path

import pytest

from cli_helpers import run_cli, write_jsonl

CASE = json.loads((Path(__file__).parent / "examples" / "scoring_case.json").read_text(encoding="utf-8"))
# The same hand counts as tests/test_scoring.py, checked here through the command line.
HAND = {"dates": (2, 1, 2), "events": (1, 1, 0), "deadlines": (0, 1, 1), "contacts.name": (1, 0, 0),
        "contacts.phones": (2, 0, 0), "contacts.emails": (1, 0, 0), "budgets": (1, 1, 0),
        "target_groups": (1, 1, 2), "funding": (0, 0, 3), "projects": (2, 1, 1)}
HAND_MACRO = (4 / 7 + 2 / 3 + 0 + 1 + 1 + 1 + 2 / 3 + 2 / 5 + 0 + 2 / 3) / 10


@pytest.fixture
def case_files(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc_id, item in CASE["gold"].items():
        (gold / f"{doc_id}.json").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    records = write_jsonl(tmp_path / "records.jsonl", CASE["records"])
    return gold, records


def test_json_matches_hand_computation(case_files):
    code, out, _err = run_cli("eval", *case_files, "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"fields", "document_date_acc", "macro_f1"}
    for field, (tp, fp, fn) in HAND.items():
        got = result["fields"][field]
        assert (got["tp"], got["fp"], got["fn"]) == (tp, fp, fn), field
        assert got["f1"] == pytest.approx(2 * tp / (2 * tp + fp + fn)), field
    assert result["macro_f1"] == pytest.approx(HAND_MACRO)
    assert result["document_date_acc"] == 0.5
    assert result["ignored_records"] == ["C"] and result["missing_records"] == ["B"]


def test_table_for_people(case_files):
    code, out, _err = run_cli("eval", *case_files)
    assert code == 0
    assert f"{HAND_MACRO:.3f}" in out and "macro F1" in out
    assert "document_date accuracy: 0.500 (1/2)" in out
    assert "records with no gold file (ignored): 1" in out
    row = next(line for line in out.splitlines() if "target_groups" in line)
    assert [cell.strip() for cell in row.strip("│ ").split("│")][1:4] == ["1", "1", "2"]


def test_docs_lists_missed_and_extra(case_files):
    code, out, _err = run_cli("eval", *case_files, "--docs")
    assert code == 0
    assert "missed dates: 2019-11-21/2019-11-22" in " ".join(out.split())
    assert "extra target_groups: children" in " ".join(out.split())
    assert "(no record)" in out and "0 of 2 gold documents all correct" in out
    code, out, _err = run_cli("eval", *case_files, "--docs", "--json")
    docs = {d["doc_id"]: d for d in json.loads(out)["docs"]}
    assert docs["A"]["extra"]["deadlines"] == [["2014-04-25", "pieteikties"]]
    assert docs["B"]["missed"]["funding"] == ["ESF", "STATE"]


def test_help_says_records_without_gold_are_ignored():
    code, out, _err = run_cli("eval", "--help")
    assert code == 0 and "no gold file are ignored" in " ".join(out.split())


@pytest.mark.parametrize("broken, message", [
    ("missing_records", "no such file"),
    ("missing_gold", "not a directory"),
    ("bad_line", "records.jsonl:2: invalid JSON"),
    ("bad_gold", "A.json"),
])
def test_error_paths_exit_2_and_name_the_file(case_files, broken, message):
    gold, records = case_files
    if broken == "missing_records":
        records = records.parent / "absent.jsonl"
    elif broken == "missing_gold":
        gold = gold.parent / "absent"
    elif broken == "bad_line":
        write_jsonl(records, [CASE["records"][0], '{"doc_id": "x",'])
    else:
        (gold / "A.json").write_text("{not json", encoding="utf-8")
    code, out, err = run_cli("eval", gold, records)
    assert code == 2 and out == ""
    assert message in err


def test_quiet_leaves_out_the_notes(case_files):
    loud = run_cli("eval", *case_files, "--docs")[1]
    assert "records with no gold file" in loud and "gold documents all correct" in loud
    code, quiet, _err = run_cli("eval", *case_files, "--docs", "-q")
    assert code == 0 and "macro F1" in quiet and "document_date accuracy" in quiet
    assert "records with no gold file" not in quiet and "gold documents with no record" not in quiet
    assert "gold documents all correct" not in quiet


def test_second_gold_directory_measures_agreement(case_files, tmp_path):
    """Two readers' gold for the same texts: the second directory is scored like records, by file name."""
    gold, _records = case_files
    reader_b = tmp_path / "reader_b"
    reader_b.mkdir()
    for item in CASE["records"]:
        (reader_b / f"{item['doc_id']}.json").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    code, out, _err = run_cli("eval", str(gold), str(reader_b), "--json")
    assert code == 0
    result = json.loads(out)
    for field, (tp, fp, fn) in HAND.items():
        got = result["fields"][field]
        assert (got["tp"], got["fp"], got["fn"]) == (tp, fp, fn), field
    assert result["macro_f1"] == pytest.approx(HAND_MACRO)
    code, out, _err = run_cli("eval", str(gold), str(gold), "--json")
    assert code == 0 and json.loads(out)["macro_f1"] == 1.0
