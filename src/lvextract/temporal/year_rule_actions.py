"""What the year rules make of their match: a year alone (no decade's "1980. gadu stils"), a month
of a year, ranges of years and a life's years in brackets. Split from date_rule_actions; the rule
table (date_rules) imports them from here."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .date_patterns import CURRENCY_BEFORE, UNIT_AFTER, YEAR
from .date_values import _month_number, _valid, _year_of


# A range of years spans a century at most: an exhibition's "1918.–2018. gada fotogrāfijas", a
# name's "… stāsti. 1930 - 2030"; a wider span of numbers is no period.
YEAR_RANGE_SPAN = 100


# "par 2019. gadu līdz 2020. gada 31. jūlijam": a year in the accusative names what the day is for,
# and the second year is its own day's ("2020. gada 31. jūlijam"); no range of years.
_ACCUSATIVE_YEAR = re.compile(r"\s*\.?\s*gadu(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _day_month_after() -> re.Pattern:
    return re.compile(rf"[^\S\n]*\d{{1,2}}\.[^\S\n]*(?:{vocab.month_alternation()})(?!\w)", re.IGNORECASE)


def _birth_years_word(word: str) -> bool:
    """The year word of an age group's cell: the nominative under a "Dzimšanas gads" header, or the
    birth year's abbreviation ("2004.-1983. gads", "2010.-2008.dz.g."); a programme's period
    ("2019.–2016. gadam") is a typo, not a range to turn round."""
    word = word.lower()
    return word == "gads" or word.startswith("dz")


def year_range(m: re.Match) -> list[Atom]:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if _ACCUSATIVE_YEAR.match(m.string, m.end("y1"), m.start("sep")) and _day_month_after().match(m.string, m.end()):
        return []
    sep = m.group("sep").strip().lower()
    dotted = bool(m.group("dot1") or m.group("dot2"))
    worded = bool(m.group("yw"))
    if dotted and worded and _birth_years_word(m.group("yw")) and sep not in ("/", *vocab.temporal()["until_words"]) \
            and y2 < y1 <= y2 + YEAR_RANGE_SPAN:
        y1, y2 = y2, y1  # an age group's birth years, the youngest first: "2004.-1983. gads" is 1983 to 2004
    if not y1 < y2 <= y1 + YEAR_RANGE_SPAN:
        return []
    if y1 < 1900 and not (m.group("dot1") and m.group("dot2") and worded):
        return []  # a historic year only as "1893.–1896. gadā": bare numbers that old are counts or pages
    if sep == "/" and y2 != y1 + 1:
        return []  # "2024./2025." is a school or financial year; other slashes are codes
    if sep in vocab.temporal()["until_words"] and not (m.group("no") or worded):
        return []
    if not dotted and not worded and (UNIT_AFTER.match(m.string, m.end())
                                      or CURRENCY_BEFORE.search(m.string, max(0, m.start() - 8), m.start("y1"))):
        return []  # "2000–2050 eiro", "EUR 2000-2500" are amounts
    return [Atom(m.start("y1"), m.end(), y1, end_year=y2, rule="year_range")]


def _no_before(m: re.Match) -> bool:
    return bool(re.search(r"(?:^|\W)(?:no|kopš)\s+$", m.string[max(0, m.start("y1") - 8):m.start("y1")], re.IGNORECASE))


def month_number_range(m: re.Match) -> list[Atom]:
    y1, m1, y2, m2 = int(m.group("y1")), int(m.group("m1")), int(m.group("y2")), int(m.group("m2"))
    if not (y1, m1) < (y2, m2) or y2 > y1 + YEAR_RANGE_SPAN or m.group("sep") != m.group("sep2"):
        return []
    if UNIT_AFTER.match(m.string, m.end()) or CURRENCY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return []  # "10.2016 – 12.2018 eiro": amounts
    return [Atom(m.start(), m.end(), y1, m1, None, y2, m2, None, rule="month_number_range")]


def year_to_month(m: re.Match) -> list[Atom]:
    y1, y2 = int(m.group("y1")), int(m.group("py"))
    if not y1 < y2 <= y1 + YEAR_RANGE_SPAN:
        return []
    if _ACCUSATIVE_YEAR.match(m.string, m.end("y1")) and not _no_before(m):
        return []  # "pārskatu par 2023. gadu līdz 2024. gada 30. jūnijam": a report's year and a term
    month = _month_number(m.group("mon"))
    day = int(m.group("d")) if m.group("d") else None
    if not _valid(y2, month, day):
        return []
    return [Atom(m.start("y1"), m.end(), y1, end_year=y2, end_month=month, end_day=day, rule="year_to_month")]


def bracketed_years(m: re.Match) -> list[Atom]:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not y1 + LIFE_SHORTEST <= y2 <= y1 + LIFE_SPAN:
        return []  # a short span is a school year's or a programme's period ("(2023-2024)", "(2014-2020)"): year_range's
    return [Atom(m.start(), m.end(), y1, end_year=y2, rule="bracketed_years")]


# The most years a term or a period written in brackets without its dash spans ("(1989. 1994.gada)").
_DASHLESS_SPAN = 10


def bracketed_years_dashless(m: re.Match) -> list[Atom]:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not y1 < y2 <= y1 + _DASHLESS_SPAN:
        return []
    return [Atom(m.start(), m.end(), y1, end_year=y2, rule="bracketed_years_dashless")]


def bracketed_year(m: re.Match) -> list[Atom]:
    return [Atom(m.start(), m.end(), int(m.group("y")), rule="bracketed_year")]


@lru_cache(maxsize=1)
def _award_before() -> re.Pattern:
    """An honorary title's or an order's phrase right before the bracket (temporal.toml
    bracketed_award_words): "Goda pilsonis (", "Triju Zvaigžņu ordeņa Goda zīmi (". Read back a bounded window."""
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(vocab.temporal()['bracketed_award_words'])})[^\W\d_]*[^\S\n]?\($",
                      re.IGNORECASE)


# No title of the texts' kind was given before this year: a smaller number in brackets is a count.
AWARD_YEARS_FROM = 1900


def bracketed_award_year(m: re.Match) -> list[Atom]:
    """"Goda pilsonis (1998)": the year the award or the title was given, a date of year grain (as
    a work's year in brackets is); a count in brackets after another noun, "skaits (1850)", is none."""
    if int(m.group("y")) < AWARD_YEARS_FROM or _award_before().search(m.string, max(0, m.start() - 30), m.start()) is None:
        return []
    return [Atom(m.start(), m.end(), int(m.group("y")), rule="bracketed_year")]


# The longest span of years a bracket after a name gives (a life), and the shortest read so.
LIFE_SPAN = 120
LIFE_SHORTEST = 10


def year_range_short(m: re.Match) -> list[Atom]:
    y1 = int(m.group("y1"))
    yy = int(m.group("yy"))
    if m.group("born") and y1 % 100 < yy:  # birth years of one century: "1994.-96.g.dz."
        return [Atom(m.start(), m.end(), y1, end_year=y1 - y1 % 100 + yy, rule="year_range_short")]
    if yy != (y1 + 1) % 100:
        return []
    return [Atom(m.start(), m.end(), y1, end_year=y1 + 1, rule="year_range_short")]


def year_list(m: re.Match) -> list[Atom]:
    """"2012., 2013. un 2014. gadā": each listed year; "2018. un 2019. gada maijā": each with the
    month said once after the last (rule "year_list_month")."""
    month = _month_number(m.group("mon")) if m.group("mon") else None
    rule = "year_list" if month is None else "year_list_month"
    atoms = [Atom(m.start("ys") + y.start(), m.start("ys") + y.end(), int(y.group()), month, rule=rule)
             for y in re.finditer(YEAR, m.group("ys"))]
    return atoms + [Atom(m.start("yl"), m.end(), int(m.group("yl")), month, rule=rule)]


@lru_cache(maxsize=1)
def _decade_after() -> re.Pattern:
    # "gadu" before a part of a time or a thing of an era is the plural's genitive: "1990. gadu
    # sākumā", "1980. gadu stils" name a decade, not the year (temporal.toml decade_nouns).
    t = vocab.temporal()
    return re.compile(rf"[^\S\n]+(?:{vocab.alternation(t['month_part_locatives'])}(?!\w)"
                      rf"|(?:{vocab.alternation(t['decade_nouns'])}){vocab.alternation(t['decade_noun_endings'])}?(?!\w))",
                      re.IGNORECASE)


def year(m: re.Match) -> list[Atom]:
    value = int(m.group("y") or m.group("hy"))
    if value % 10 == 0 and m.group().lower().endswith("gadu") and _decade_after().match(m.string, m.end()):
        return []
    return [Atom(m.start(), m.end(), value, rule="year")]


def month_year(m: re.Match) -> list[Atom]:
    year, _ = _year_of(m)
    return [Atom(m.start(), m.end(), year, _month_number(m.group("mon")), rule="month_year")] if year else []


def month_range_year(m: re.Match) -> list[Atom]:
    """ "Februāris – marts, 2013": both months of the one year after them; a later month first
    ("novembris – februāris, 2013") leaves the year's side unclear, so it is no range here."""
    year, _ = _year_of(m)
    first, last = _month_number(m.group("mon")), _month_number(m.group("mon2"))
    if not year or first >= last:
        return []
    return [Atom(m.start(), m.end(), year, first, None, year, last, None, rule="month_range_year")]


def year_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    return [Atom(m.start(), m.end(), year, _month_number(m.group("mon")), relative=rel, rule="year_month")]


# A source credit closing a reposted article: the paper's name, a comma and the year it printed the
# text, alone on its line ("Ezerzeme, 2011."): the line from its start is one to three capitalised
# words and the comma (no month's name: "Decembris, 2018" is a month's). Read on the match's own line.
_CREDIT_LINE = re.compile(r"[^\S\n]*[«\"“„]?(?P<name>[^\W\d_]+)(?:[^\S\n-][^\W\d_]+){0,2}[»\"”]?,[^\S\n]$")


def credit_year(m: re.Match) -> list[Atom]:
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    credit = _CREDIT_LINE.fullmatch(text, line_start, m.start())
    if credit is None or not credit["name"][0].isupper() or credit["name"].lower() in vocab.month_nominatives():
        return []
    return [Atom(m.start(), m.end(), int(m.group("y")), rule="credit_year")]
