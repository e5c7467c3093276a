"""What the date rules read off a match alike: a month word's number, the year stated beside a
day and month (or its relative word, "šogad", "nākamā gada"), and whether a day exists. Asked by
the day rules (date_rule_actions), the year rules (year_rule_actions) and the rules split from them."""
from __future__ import annotations

import re

from . import vocabulary as vocab
from .comma_year import qualifies_next_noun
from .date_patterns import UNIT_AFTER, last_day


def _relative_kind(word: str) -> str | None:
    word = re.sub(r"\s+", " ", word.lower())
    rel = vocab.temporal()["relative_year"]
    for kind in ("this", "next", "previous", "same"):
        if word in rel[kind]:
            return kind
    if re.sub(r"\s+", "", word) in {re.sub(r"\s+", "", a) for a in rel["this_abbreviations"]}:
        return "this"
    for kind, adverbs in rel["adverbs"].items():
        if word in adverbs:
            return kind
    return None


def _month_number(word: str) -> int:
    # casefold, not lower: the rules match ignoring case as `re` does, and "ſeptembrī" (a long
    # s) matches there but lower() keeps the "ſ".
    if roman := vocab.month_roman().get(word.rstrip(".")):  # "27. II", "27.II.2019": capitals only
        return roman
    word = word.casefold()
    return vocab.month_forms().get(word) or vocab.month_english().get(word) or vocab.month_typos().get(word) \
        or vocab.month_abbreviations()[word]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= last_day(month, year)  # an unknown year counts as a leap year: 29.02. stays valid


def _year_of(m: re.Match) -> tuple[int | None, str | None]:
    """The year stated before or after a day+month match, or the relative word."""
    groups = m.re.groupindex
    if "py" in groups and m.group("py"):
        return int(m.group("py")), None
    if "sy" in groups and m.group("sy"):
        if m.end() == m.end("sy") and UNIT_AFTER.match(m.string, m.end()):
            return None, None  # "5. maijā, 2000 eiro": an amount, not a year
        if "mon" in groups and qualifies_next_noun(m.string, m.end("mon"), m.start("sy"), m.end("sy")):
            return None, None  # "20. janvārī, 1991. gada barikāžu …": the year of the noun after it
        return int(m.group("sy")), None
    if "rel" in groups and (m.group("rel") or m.group("rela")):
        return None, _relative_kind(m.group("rel") or m.group("rela"))
    return None, None
