"""`lvextract diff`: items compared by normalised value, not by span; exit 0 same, 1 differ, 2 usage."""
import json

import pytest

from cli_helpers import record, run_cli, write_jsonl
from lvextract.commands.diff import diff_field, diff_records

S1 = {"start": 0, "end": 4, "text": "2014"}
S2 = {"start": 10, "end": 14, "text": "2014"}


def date(value, end=None, span=S1, **more):
    return {"value": value, "end": end, "anchored": False, "role": "other", "span": span, **more}


# field, old items, new items, expected {added, removed, changed values}
ROWS = [
    ("dates", [date("2014")], [date("2014")], ([], [], [])),
    ("dates", [date("2014")], [date("2014", span=S2)], ([], [], [])),          # moved span only: same
    ("dates", [date("2014")], [date("2015")], (["2015"], ["2014"], [])),
    ("dates", [date("2019-11-21")], [date("2019-11-21", "2019-11-22")], (["2019-11-21/2019-11-22"], ["2019-11-21"], [])),
    ("dates", [date("2014")], [date("2014", role="period")], ([], [], ["2014"])),
    ("dates", [date("2014")], [date("2014"), date("2014", span=S2)], (["2014"], [], [])),   # a second mention
    ("dates", [], [], ([], [], [])),
    ("events", [{"type": "seminārs", "start": "2014-06-11", "place": "Rīga", "span": S1}],
     [{"type": "seminārs", "start": "2014-06-11", "place": "Latvijas Universitāte", "span": S1}],
     ([], [], ["seminārs@2014-06-11"])),
    ("budgets", [{"amount": 4486638, "currency": "EUR", "span": S1}], [{"amount": 4486638, "currency": "EUR", "span": S2}],
     ([], [], [])),
    ("target_groups", [{"id": "roma", "text": "romi", "span": S1}], [{"id": "roma", "text": "romu", "span": S2}],
     ([], [], ["roma"])),
    ("warnings", ["gads nav zināms"], [], ([], ["gads nav zināms"], [])),
    ("document_date", ["2014-04-02"], ["2014-04-03"], (["2014-04-03"], ["2014-04-02"], [])),
]


@pytest.mark.parametrize("field, old, new, expected", ROWS)
def test_diff_field(field, old, new, expected):
    result = diff_field(field, old, new)
    assert (result["added"], result["removed"], [c["value"] for c in result["changed"]]) == expected


def test_changed_names_the_attribute():
    result = diff_field("events", [{"type": "seminārs", "start": None, "status": None, "span": S1}],
                        [{"type": "seminārs", "start": None, "status": "held", "span": S1}])
    assert result["changed"] == [{"value": "seminārs@", "changes": {"status": [None, "held"]}}]


def test_documents_on_one_side_count_their_items():
    result = diff_records({"a": record("a"), "b": record("b", funding=[{"id": "ESF", "name": "ESF", "span": S1}])},
                          {"a": record("a"), "c": record("c")})
    assert result["documents"]["only_old"] == ["b"] and result["documents"]["only_new"] == ["c"]
    assert result["summary"]["funding"] == {"added": 0, "removed": 1, "changed": 0}
    assert result["differ"]


@pytest.fixture
def files(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [record("a", dates=[date("2014")]), record("b")])
    same = write_jsonl(tmp_path / "same.jsonl", [record("a", dates=[date("2014", span=S2)]), record("b")])
    new = write_jsonl(tmp_path / "new.jsonl", [record("a", dates=[date("2015")], document_date="2015-01-02"),
                                               record("c")])
    return old, same, new


def test_same_exit_0(files):
    old, same, _new = files
    code, out, _err = run_cli("diff", old, same)
    assert code == 0 and "no differences" in out


def test_differences_exit_1(files):
    old, _same, new = files
    code, out, _err = run_cli("diff", old, new)
    assert code == 1
    lines = [line.strip() for line in out.splitlines()]
    assert "- dates: 2014" in lines and "+ dates: 2015" in lines and "+ document_date: 2015-01-02" in lines
    assert any(line.startswith("b (only in") for line in lines) and any(line.startswith("c (only in") for line in lines)
    assert "changes by field" in out
    assert "documents: 1 in both (1 differ), 1 only in" in out


def test_json_for_scripts(files):
    old, _same, new = files
    code, out, _err = run_cli("diff", old, new, "--json")
    result = json.loads(out)
    assert code == 1 and result["differ"]
    assert result["summary"]["dates"] == {"added": 1, "removed": 1, "changed": 0}
    assert [d["doc_id"] for d in result["docs"]] == ["a", "b", "c"]


@pytest.mark.parametrize("which, message", [("missing", "absent.jsonl: no such file"), ("bad", "old.jsonl:2: invalid JSON")])
def test_usage_errors_exit_2(files, which, message):
    old, _same, new = files
    if which == "missing":
        old = old.parent / "absent.jsonl"
    else:
        write_jsonl(old, [record("a"), "{broken"])
    code, out, err = run_cli("diff", old, new)
    assert code == 2 and out == "" and message in err
