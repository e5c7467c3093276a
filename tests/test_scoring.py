"""The scorer against the spec's rules, with every expected number worked out by hand."""
import json
from pathlib import Path

import pytest

from lvextract.scoring import (SCORED_FIELDS, FieldScore, RecordsFileError, load_gold, load_records, number,
                               project_key, project_sets, score)

CASE = json.loads((Path(__file__).parent / "examples" / "scoring_case.json").read_text(encoding="utf-8"))

# tp, fp, fn per field for tests/examples/scoring_case.json, counted by hand:
HAND_COUNTS = {
    # A: 2014-04-02 ok, 2019-11-21 without its end is extra and the range missed, 2015/2020 ok; B: 2020-01-01 missed
    "dates": (2, 1, 2),
    # A: seminārs@2014-06-11 ok, konference@null extra
    "events": (1, 1, 0),
    # A: pieteikties instead of sazināties: one extra, one missed
    "deadlines": (0, 1, 1),
    # A: case folding makes ROMĀNS PUTĀNS the gold name; the nameless gold office adds no name
    "contacts.name": (1, 0, 0),
    # A: both numbers, though gold has them on two contacts and the record on one
    "contacts.phones": (2, 0, 0),
    "contacts.emails": (1, 0, 0),
    # A: 4486638.0 == 4486638; 100 EUR extra
    "budgets": (1, 1, 0),
    # A: roma (twice = once) ok, children extra, youth missed; B: women missed
    "target_groups": (1, 1, 2),
    # A: ESF missed; B: ESF and STATE missed
    "funding": (0, 0, 3),
    # A: "„Labour Plus”" is a gold alias, the other name differs in case/space/punctuation only,
    #    "Cits projekts" extra; B: X missed.  C has no gold: ignored everywhere.
    "projects": (2, 1, 1),
}


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


@pytest.fixture(scope="module")
def result():
    records = {r["doc_id"]: r for r in CASE["records"]}
    return score(CASE["gold"], records)


@pytest.mark.parametrize("field", SCORED_FIELDS)
def test_counts_match_hand_counts(result, field):
    got = result.fields[field]
    assert (got.tp, got.fp, got.fn) == HAND_COUNTS[field]


@pytest.mark.parametrize("field, precision, recall, f1_value", [
    ("dates", 2 / 3, 2 / 4, 4 / 7),
    ("events", 1 / 2, 1.0, 2 / 3),
    ("deadlines", 0.0, 0.0, 0.0),
    ("contacts.name", 1.0, 1.0, 1.0),
    ("budgets", 1 / 2, 1.0, 2 / 3),
    ("target_groups", 1 / 2, 1 / 3, 2 / 5),
    ("funding", 0.0, 0.0, 0.0),       # gold but no predictions: P = 0, not 1
    ("projects", 2 / 3, 2 / 3, 2 / 3),
])
def test_precision_recall_f1_by_hand(result, field, precision, recall, f1_value):
    got = result.fields[field]
    assert got.precision == pytest.approx(precision)
    assert got.recall == pytest.approx(recall)
    assert got.f1 == pytest.approx(f1_value)


def test_macro_is_plain_mean_of_the_ten_f1(result):
    by_hand = (4 / 7 + 2 / 3 + 0 + 1 + 1 + 1 + 2 / 3 + 2 / 5 + 0 + 2 / 3) / 10
    assert result.macro_f1 == pytest.approx(by_hand)
    assert len(SCORED_FIELDS) == 10


def test_document_date_accuracy_counts_missing_record_as_wrong(result):
    # A right; B has gold null but no record at all, so it is not "null equals null".
    assert (result.document_date_correct, len(result.documents)) == (1, 2)
    assert result.document_date_acc == 0.5


def test_records_without_gold_are_ignored(result):
    assert result.ignored == ["C"]
    assert [d.doc_id for d in result.documents] == ["A", "B"]


def test_per_document_missed_and_extra(result):
    a, b = result.documents
    assert a.missed["dates"] == [("2019-11-21", "2019-11-22")]
    assert a.extra["dates"] == [("2019-11-21", None)]
    assert a.missed["target_groups"] == ["youth"] and a.extra["target_groups"] == ["children"]
    assert a.extra["projects"] == ["cits projekts"]
    assert not b.has_record and b.missed["funding"] == ["ESF", "STATE"]


def test_null_equals_null_for_document_date():
    gold = {"D": {"document_date": None}}
    assert score(gold, {"D": {"doc_id": "D", "document_date": None}}).document_date_acc == 1.0
    assert score(gold, {"D": {"doc_id": "D", "document_date": "2014-01-01"}}).document_date_acc == 0.0


def test_field_empty_everywhere_scores_one():
    gold = {"D": {"dates": [{"value": "2015", "end": None}]}}
    result = score(gold, {"D": {"doc_id": "D", "dates": [{"value": "2015", "end": None}]}})
    assert result.fields["budgets"].as_dict() == {"tp": 0, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result.macro_f1 == 1.0


def test_predictions_with_no_gold_items_score_zero():
    got = score({"D": {}}, {"D": {"doc_id": "D", "funding": [{"id": "ESF"}]}}).fields["funding"]
    assert (got.tp, got.fp, got.fn, got.precision, got.recall, got.f1) == (0, 1, 0, 0.0, 0.0, 0.0)


@pytest.mark.parametrize("tp, fp, fn", [(0, 0, 0), (3, 0, 0), (0, 2, 0), (0, 0, 2), (2, 1, 3)])
def test_f1_is_harmonic_mean(tp, fp, fn):
    assert FieldScore(tp, fp, fn).f1 == pytest.approx(f1(tp, fp, fn))


@pytest.mark.parametrize("name, key", [
    ("Nodarbinātība plus", "nodarbinātība plus"),
    ("„Nodarbinātība plus”", "nodarbinātība plus"),
    ("“Proti un dari”.", "proti un dari"),
    ("«Strādāsim kopā ar romiem»", "strādāsim kopā ar romiem"),
    ('"PRIME – jauniešu migrantu integrācijas veicināšana"', "prime – jauniešu migrantu integrācijas veicināšana"),
    ("Latvijas romu platforma I: dialogs,\n sadarbība un iesaistīšana", "latvijas romu platforma i: dialogs, sadarbība un iesaistīšana"),
    ("  (Erasmus+)  ", "erasmus+"),                 # + is a symbol, not punctuation: it stays
    ("LATVIJAS ROMU PLATFORMA IV", "latvijas romu platforma iv"),
])
def test_project_key(name, key):
    assert project_key(name) == key


@pytest.mark.parametrize("gold_projects, predicted_names, expected_predicted", [
    ([{"name": "Nodarbinātība plus", "aliases": ["Labour Plus"]}], ["Labour Plus"], {"nodarbinātība plus"}),
    ([{"name": "Nodarbinātība plus", "aliases": ["Labour Plus"]}], ["labour plus", "Nodarbinātība plus"], {"nodarbinātība plus"}),
    ([{"name": "PRIME – jauniešu migrantu integrācijas veicināšana", "aliases": ["PRIME"]}], ["„PRIME”"],
     {"prime – jauniešu migrantu integrācijas veicināšana"}),
    # An alias counts only for the predicted NAME, and a gold name wins over another project's alias.
    ([{"name": "A", "aliases": ["B"]}, {"name": "B", "aliases": []}], ["B"], {"b"}),
    ([{"name": "Nodarbinātība plus", "aliases": []}], ["Labour Plus"], {"labour plus"}),   # negative: no alias given
    ([], ["Labour Plus"], {"labour plus"}),
])
def test_alias_rule(gold_projects, predicted_names, expected_predicted):
    _gold, predicted = project_sets({"projects": gold_projects}, {"projects": [{"name": n} for n in predicted_names]})
    assert predicted == expected_predicted


@pytest.mark.parametrize("value, expected", [(4486638, 4486638), (4486638.0, 4486638), (1.5, 1.5), ("12", 12)])
def test_amounts_compare_numerically(value, expected):
    assert number(value) == expected and type(number(value)) is type(expected)


def test_load_records_names_bad_line(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"doc_id": "a"}\n\n{"doc_id": \n', encoding="utf-8")
    with pytest.raises(RecordsFileError) as info:
        load_records(path)
    assert info.value.line == 3 and "r.jsonl:3" in str(info.value)


@pytest.mark.parametrize("content", ['[1, 2]\n', '"just a string"\n', '{"no_doc_id": 1}\n'])
def test_load_records_rejects_non_records(tmp_path, content):
    path = tmp_path / "r.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecordsFileError):
        load_records(path)


def test_load_records_reads_json_array_too(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('[\n{"doc_id": "a"},\n{"doc_id": "b"}\n]\n', encoding="utf-8")
    assert list(load_records(path)) == ["a", "b"]


def test_missing_files(tmp_path):
    with pytest.raises(RecordsFileError, match="no such file"):
        load_records(tmp_path / "absent.jsonl")
    with pytest.raises(RecordsFileError, match="not a directory"):
        load_gold(tmp_path / "absent")


def test_gold_doc_id_is_the_file_name(tmp_path):
    (tmp_path / "x1.json").write_text('{"dates": []}', encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"dates": [', encoding="utf-8")
    with pytest.raises(RecordsFileError, match="bad.json"):
        load_gold(tmp_path)
    (tmp_path / "bad.json").unlink()
    assert list(load_gold(tmp_path)) == ["x1"]


def test_relative_dates_are_not_scored_as_dates():
    gold = {"D": {"dates": [{"value": "2023-03-14", "end": None}]}}
    record = {"doc_id": "D", "dates": [{"value": "2023-03-14", "end": None, "relative": None},
                                       {"value": "2023-03-04", "end": None, "relative": "+P1D"},
                                       {"value": None, "end": None, "relative": "next-MO"}]}
    got = score(gold, {"D": record}).fields["dates"]
    assert (got.tp, got.fp, got.fn) == (1, 0, 0)
