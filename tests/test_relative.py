"""Relative dates: the example table in examples/relative.toml, anchored to a fixed date."""
from __future__ import annotations

import datetime as dt

import pytest
from example_tables import examples, load_table

from lvextract.temporal.relative import find_relatives, weekday_warnings



def anchored_to_a_day(row) -> bool:
    """The table's own anchor is a day; rows with a month ("2024-09") or a year anchor test
    what such a coarse document date can resolve."""
    return len(row.context["anchor"]) == len("2023-03-03")


def in_whole_text(row) -> bool:
    """Rows read by the whole analysis (`analyse`), whose other dates may say more than the
    anchor alone: a bare weekday after a stated day of its paragraph."""
    return bool(row.context.get("analyse"))


@pytest.mark.parametrize("row", examples("relative", where=lambda row: anchored_to_a_day(row) and not in_whole_text(row)))
def test_relative_table(row):
    text, anchor = row.text, dt.date.fromisoformat(row.context["anchor"])
    found = [[text[r.start:r.end], r.relative, r.value(anchor)] for r in find_relatives(text)]
    assert found == row.expect


@pytest.mark.parametrize("row", examples("relative", where=lambda row: not anchored_to_a_day(row) and not in_whole_text(row)))
def test_coarse_anchor_resolves_only_coarse_relatives(row):
    """"" stands for no value: the anchor is coarser than the expression."""
    text = row.text
    found = [[text[r.start:r.end], r.relative, r.value(row.context["anchor"]) or ""] for r in find_relatives(text)]
    assert found == row.expect


@pytest.mark.parametrize("row", examples("relative", where=in_whole_text))
def test_relative_in_the_whole_analysis(row):
    """The relative mentions of `analyse` with the anchor as the document date."""
    from lvextract.temporal import analyse

    text = row.text
    anchor = row.context["anchor"]
    # A month-grain anchor stays a string, as a page dated only "2024-09" gives it.
    # `detect`: the text's own dateline, as a rule that needs the dateline's place asks (post_headings.py).
    if row.context.get("detect"):
        analysis = analyse(text)
        assert str(analysis.document_date) == anchor
    else:
        analysis = analyse(text, document_date=dt.date.fromisoformat(anchor) if anchored_to_a_day(row) else anchor)
    found = [[text[m.start:m.end], m.relative, m.value or ""] for m in analysis.mentions if m.relative]
    assert found == row.expect


def test_every_rule_has_at_least_three_rows():
    rules = {}
    for row in filter(anchored_to_a_day, load_table("relative")):
        for r in find_relatives(row.text):
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
