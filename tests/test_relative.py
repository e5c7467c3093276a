"""Relative dates: the example table in examples/relative.toml, anchored to a fixed date."""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from lvextract.temporal.relative import find_relatives, weekday_warnings

TABLE = tomllib.loads((Path(__file__).parent / "examples" / "relative.toml").read_text(encoding="utf-8"))
ANCHOR = dt.date.fromisoformat(TABLE["anchor"])


@pytest.mark.parametrize("case", TABLE["case"], ids=[c["text"][:50] for c in TABLE["case"]])
def test_relative_table(case):
    text = case["text"]
    found = [[text[r.start:r.end], r.relative, r.value(ANCHOR)] for r in find_relatives(text)]
    assert found == case["expect"]


@pytest.mark.parametrize("case", TABLE["coarse"], ids=[c["text"][:50] for c in TABLE["coarse"]])
def test_coarse_anchor_resolves_only_coarse_relatives(case):
    """"" stands for no value: the anchor is coarser than the expression."""
    text = case["text"]
    found = [[text[r.start:r.end], r.relative, r.value(case["anchor"]) or ""] for r in find_relatives(text)]
    assert found == case["expect"]


def test_every_rule_has_at_least_three_rows():
    rules = {}
    for case in TABLE["case"]:
        for r in find_relatives(case["text"]):
            rules[r.rule] = rules.get(r.rule, 0) + 1
    assert {rule for rule, n in rules.items() if n >= 3} >= {"day_word", "weekday", "modified_weekday", "modified_unit",
                                                             "unit_adverb", "span", "year_part"}


def test_no_anchor_no_value():
    (found,) = find_relatives("Seminārs notiks rīt.")
    assert found.relative == "+P1D" and found.value(None) is None


def test_taken_spans_are_left_to_the_calendar_grammar():
    text = "Ceturtdien, 22. martā, notiks seminārs."
    start = text.index("22.")
    assert [r.relative for r in find_relatives(text)] == ["TH"]
    # Beside a calendar date the weekday belongs to it: weekday_warnings checks it instead.
    assert find_relatives(text, [(start, start + len("22. martā"))]) == []


@pytest.mark.parametrize(("text", "value", "years", "document_year", "expect"), [
    ("Ceturtdien, 22. martā, seminārs.", "2018-03-22", [], None, []),
    ("Ceturtdien, 22. martā, seminārs.", "2019-03-22", [], None,
     ["dates: “Ceturtdien, 22. martā” says Thursday, but 2019-03-22 is a Friday"]),
    ("Ceturtdien, 22. martā, seminārs.", "XXXX-03-22", [(40, 2017)], None,
     ["dates: 22 March is a Thursday in 2018 (“Ceturtdien, 22. martā”, year unknown)"]),
    ("Ceturtdien, 22. martā, seminārs.", "XXXX-03-22", [], 2018,
     ["dates: 22 March is a Thursday in 2018 (“Ceturtdien, 22. martā”, year unknown)"]),
    ("Ceturtdien, 22. martā, seminārs.", "XXXX-03-22", [], None, []),
    ("Seminārs 22. martā.", "2019-03-22", [], None, []),
])
def test_weekday_beside_a_date(text, value, years, document_year, expect):
    start = text.index("22.")
    dated = [(start, start + len("22. martā"), value)]
    assert weekday_warnings(text, dated, years, document_year) == expect
