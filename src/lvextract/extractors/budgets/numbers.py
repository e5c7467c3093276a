"""How amounts are written in digits: the spaces and marks that group thousands, the number
pattern every finder builds on, reading a number and rounding it; and the Amount found."""
from __future__ import annotations

import re
from dataclasses import dataclass

SPACE = "[ \u00a0\u202f\u2009\u2007]"  # the spaces that group thousands: normal, NBSP, thin, figure
# Between groups of thousands only, also an apostrophe, a right quote or a backtick: some
# tables write "305`568,63 EUR" or "12'500 EUR".
# Old pages typed two spaces there too ("15  420 LVL"), and a mark may have a space after it
# ("100′ 756.94 EUR", a prime for the apostrophe).
GROUP = "(?:[ \u00a0\u202f\u2009\u2007]{1,2}|['’`′][ \u00a0]?)"
# The groups of thousands are bounded (up to 999 999 999 999 999): unbounded, a run of
# "100 000 100 000 …" with no currency made every start rescan the run (quadratic).
NUMBER = (
    rf"\d{{1,3}}(?:{GROUP}\d{{3}}){{1,4}}(?:,\d+|\.\d{{1,2}}(?!\d))?"  # 4 486 638 / 1 234 567,89 / 1 907 056.73
    r"|\d{1,3}(?:\.\d{3}){2,4}(?:,\d+)?"  # 1.234.567 (dots group thousands)
    r"|\d{1,3}\.\d{3},\d{2}(?!\d)"  # 1.200,00 (a dot groups thousands before a decimal comma)
    # 4,672,787 / 1,250,000.00: commas group thousands the English way (two groups at least: one
    # alone, "1,250", is read by parse_money)
    r"|\d{1,3}(?:,\d{3}){2,4}(?:\.\d{1,2}(?!\d))?"
    r"|\d+(?:[.,]\d+)?"  # 500000 / 1,2 / 1.5
)
# A decimal comma with a stray space after it, right before the currency only ("7096, 70 eiro",
# also after grouped thousands: "796 817, 52 eiro"): at least three digits before and exactly two
# after, so that a list "150, 10 un 5 eiro" and a count "3, 50 eiro" stay apart. Used by the
# number-then-currency pattern alone.
# Two digits led by a zero ("20, 00 EUR", "8, 05 eiro") are cents after any number: no list
# names an item "00" or "05". A comma and a point typed together ("2,.50 eiro") mark cents too.
SPACED_DECIMAL = rf"(?:(?:\d{{1,3}}(?:{GROUP}\d{{3}}){{1,4}}|\d{{3,}}),{SPACE}\d{{2}}|\d{{1,2}},{SPACE}0\d|\d{{1,3}},\.\d{{2}})"
# What joins the two ends of a range: a dash or "līdz" ("līdz pat"), spaces of any kind around.
RANGE_JOINER = rf"(?:[–—-]|līdz(?:{SPACE}+pat)?\b)"
# A word, for the readers that go word by word (amounts in words, kind cues).
WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Amount:
    value: int | float
    currency: str
    start: int
    end: int


def parse_number(text: str) -> float:
    digits = re.sub(GROUP, "", text).replace(",.", ".")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}\.\d{3},\d{2}", digits):
        digits = digits.replace(".", "")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    return float(digits.replace(",", "."))


# A single group of three digits after a comma or a point, with nothing before it but one to
# three digits: "24,730 eiro", "1.500 EUR". Money has two decimals, never three, so the mark
# groups thousands here (with a scale word, "1,650 milj. eiro", it stays a decimal).
THOUSANDS_MARK = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")


# A figure already written out to millions before a scale of millions or more misprints the scale:
# "12 560 623 milj. euro" is twelve million, no twelve trillion (money in these texts never is).
WRITTEN_OUT = 1_000_000


def parse_money(text: str, factor: int = 1) -> float:
    """The number of an amount, `factor` its scale (1 without a scale word)."""
    if factor == 1 and THOUSANDS_MARK.fullmatch(text):
        return float(re.sub(r"[.,]", "", text))
    number = parse_number(text)
    if factor >= WRITTEN_OUT and number >= WRITTEN_OUT:
        return number
    return number * factor


def as_number(value: float) -> int | float:
    value = round(value, 4)  # float noise away; unit prices keep their three decimals ("1,389 EUR/l")
    return int(value) if value == int(value) else value
