"""What each date rule makes of its match: the `Atom`s, or none where the match is no date
(an impossible day, an amount, a name that looks like a month)."""
from __future__ import annotations

from dataclasses import replace

import re
from functools import lru_cache

from . import vocabulary as vocab
from .comma_year import qualifies_next_noun
from .date_atom import Atom
from .date_patterns import CURRENCY_BEFORE, UNIT_AFTER, YEAR, last_day, reads_as_days


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


def day_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    if m.group("sy") and year is None:
        return []  # the suffix was an amount, the shorter match without it is found again below
    month = _month_number(m.group("mon"))
    day = int(m.group("d"))
    if not _valid(year, month, day):
        return []
    return [Atom(m.start(), m.end(), year, month, day, relative=rel, rule="day_month")]


GLUED_STAMP_RULES = ("numeric_glued", "day_month_year_glued")


def day_month_year_glued(m: re.Match) -> list[Atom]:
    """A full date glued to the word before it ("… idejas8. septembris, 2022"): with the month in
    the nominative, a dateline's case, the rule's name lets the document date tell a CMS's stamp
    after the headline; a locative ("… lustes16. jūlijā 2019") stays a sentence's day."""
    nominative = m.group("mon").lower() in vocab.month_nominatives()
    return [replace(a, rule="day_month_year_glued") if nominative else a for a in day_month(m)]


def numbered_day_month(m: re.Match) -> list[Atom]:
    """"2.2.2021.gada 4. septembrī": a rule's point number glued to the year; the date starts at the year."""
    return [replace(a, start=m.start("py")) for a in day_month(m)]


def day_month_plain(m: re.Match) -> list[Atom]:
    month, day = _month_number(m.group("mon")), int(m.group("d"))
    return [Atom(m.start(), m.end(), None, month, day, rule="day_month")] if _valid(None, month, day) else []


@lru_cache(maxsize=1)
def _address_before() -> re.Pattern:
    words = vocab.alternation(vocab.temporal()["address_words"])
    return re.compile(rf"(?<!\w)(?:{words})[^\S\n]{{0,3}}$", re.IGNORECASE)


def _address_number(m: re.Match, first: str = "d1", second: str = "d2") -> bool:
    """A range's or list's first number right after a street word is the house number: "Zivju
    ielā 11 līdz 25. martam" runs to the 25th, it does not start on the 11th. Read from a
    bounded window before the match (a dotted day, "ielā 11.–25. martam", is a day)."""
    if "." in m.string[m.end(first):m.start(second)] or (m.groupdict().get("py") or m.groupdict().get("rel")
                                                          or m.groupdict().get("rela")):
        return False
    return bool(_address_before().search(m.string, max(0, m.start(first) - 20), m.start(first)))


def day_range_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    month = _month_number(m.group("mon"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (_valid(year, month, d1) and _valid(year, month, d2) and d1 < d2) or _address_number(m):
        return []
    gap = m.string[m.end("d1"):m.start("d2")]
    if "\n" in gap and any(w.lower() in vocab.weekday_names() for w in re.findall(r"[^\W\d_]+", gap)):
        return []  # "… **1.⏎⏎- otrdien, 22. maijā": a list's number over an item led by its weekday
    start = m.start() if (m.group("py") or m.group("rel") or m.group("rela")) else m.start("d1")
    return [Atom(start, m.end(), year, month, d1, year, month, d2, relative=rel, rule="day_range_month")]


def day_list_month(m: re.Match) -> list[Atom]:
    if m.group("days").isdecimal() and _address_number(m, "days", "dl"):
        return []  # "Skolas ielā 5 un 12. maijā": a house number and one day
    year, rel = _year_of(m)
    month = _month_number(m.group("mon"))
    atoms = []
    for n, day_match in enumerate(re.finditer(r"\d+", m.group("days"))):
        day = int(day_match.group())
        if not _valid(year, month, day):
            return []
        at = m.start("days") + day_match.start()
        # The first day carries the stated year or "šā gada" in its span: "2023. gada 14."
        atoms.append(Atom(m.start() if n == 0 else at, at + len(day_match.group()), year, month, day, relative=rel,
                          rule="day_list"))
    last = int(m.group("dl"))
    if not _valid(year, month, last):
        return []
    atoms.append(Atom(m.start("dl"), m.end(), year, month, last, relative=rel, rule="day_list"))
    return atoms


def numeric_day_list(m: re.Match) -> list[Atom]:
    """"07. un 08.10.2020.": each day of the list in the month (and year) written after the last."""
    year = int(m.group("y")) if m.group("y") else None
    month = int(m.group("m") or m.group("mp"))
    days = [(m.start() if n == 0 else m.start("days") + d.start(), m.start("days") + d.end(), int(d.group()))
            for n, d in enumerate(re.finditer(r"\d+", m.group("days")))]
    days.append((m.start("dl"), m.end(), int(m.group("dl"))))
    if not all(_valid(year, month, day) for _, _, day in days) or [d for *_, d in days] != sorted({d for *_, d in days}):
        return []  # days of a list run forward: "12. un 5.03." is no list of March days
    return [Atom(start, end, year, month, day, rule="numeric_day_list") for start, end, day in days]


def _two_digit_year(yy: str) -> int:
    return 2000 + int(yy) if int(yy) <= 69 else 1900 + int(yy)


def numeric(m: re.Match) -> list[Atom]:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else _two_digit_year(groups["yy"]) if groups.get("yy") else None
    month, day = int(m.group("m")), int(m.group("d"))
    if not _valid(year, month, day):
        return []
    return [Atom(m.start(), m.end(), year, month, day, rule="numeric")]


# A post's date card stands at the page's head: further down "12.05" over "2010" is a table's cells.
DATE_CARD_HEAD = 600


def date_card(m: re.Match) -> list[Atom]:
    """"27.02" / "2012": a post's date card, its day over its year (document_date reads the rule);
    only within the page's first DATE_CARD_HEAD characters."""
    if m.start() > DATE_CARD_HEAD:
        return []
    return [replace(a, rule="numeric_date_card") for a in numeric(m)]


def numeric_day_month_range_bare(m: re.Match) -> list[Atom]:
    d1, m1, d2, m2 = (int(m.group(g)) for g in ("d1", "m1", "d2", "m2"))
    year = int(m.group("y")) if m.group("y") else None
    if year is not None:
        # The year after the second day makes it a date range: only real days in order are asked.
        if not (_valid(year, m1, d1) and _valid(year, m2, d2) and (m1, d1) < (m2, d2)):
            return []
    elif not reads_as_days(d1, m1, d2, m2):
        return []
    return [Atom(m.start(), m.end(), year, m1, d1, year, m2, d2, rule="numeric_day_month_range_bare")]


def numeric_glued(m: re.Match) -> list[Atom]:
    """A headline's date glued to its last word ("…attīstīšanai11-09-2017"): the document date
    reads the rule's name to take it as the posting's stamp."""
    return [Atom(a.start, a.end, a.year, a.month, a.day, rule="numeric_glued") for a in numeric(m)]


# "2019-05" is a month only as a field's value: at a line's start or after a colon or "date".
# In running text "2011-12" is a season or a school year.
_FIELD_BEFORE = re.compile(r"(?:^|\n|[:|]|\bdate|\bdatums)[ \t]*$", re.IGNORECASE)


def day_short_month_year(m: re.Match) -> list[Atom]:
    if UNIT_AFTER.match(m.string, m.end()):
        return []  # "5. mai 2000 eiro": an amount
    year, month, day = int(m.group("y")), vocab.month_portal_short()[m.group("mon").lower()], int(m.group("d"))
    return [Atom(m.start(), m.end(), year, month, day, rule="day_short_month_year")] if _valid(year, month, day) else []


def day_month_hyphenated(m: re.Match) -> list[Atom]:
    """"3. jū-lijā": the two halves make a month form, or the match is no date."""
    month = vocab.month_forms().get((m.group("a") + m.group("b")).casefold())
    year, rel = _year_of(m)
    day = int(m.group("d"))
    if not (month and _valid(year, month, day)):
        return []
    return [Atom(m.start(), m.end(), year, month, day, relative=rel, rule="day_month_hyphenated")]


def day_short_month_badge(m: re.Match) -> list[Atom]:
    """"4 Mai" alone on its line: a poster's badge; its year, if printed, after it."""
    year = int(m.group("sy")) if m.group("sy") else None
    month, day = vocab.month_portal_short()[m.group("mon").lower()], int(m.group("d"))
    if not _valid(year, month, day):
        return []
    if m.group("card"):
        # "03" / "aug" / "2010": a post's date card over its headline, read as "27.02" / "2012" is
        # (date_card): only at the page's head, and document_date knows it by its rule.
        return [Atom(m.start(), m.end(), year, month, day, rule="numeric_date_card")] if m.start() <= DATE_CARD_HEAD else []
    return [Atom(m.start(), m.end(), year, month, day, rule="day_short_month_badge")]


def iso_month(m: re.Match) -> list[Atom]:
    if not _FIELD_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return []
    return [Atom(m.start(), m.end(), int(m.group("y")), int(m.group("m")), rule="iso_month")]


def numeric_day_range(m: re.Match) -> list[Atom]:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else _two_digit_year(groups["yy"]) if groups.get("yy") else None
    month, d1, d2 = int(m.group("m")), int(m.group("d1")), int(m.group("d2"))
    if not (_valid(year, month, d1) and _valid(year, month, d2) and d1 < d2) or _address_number(m):
        return []
    return [Atom(m.start("d1"), m.end(), year, month, d1, year, month, d2, rule="numeric_day_range")]


def numeric_range(m: re.Match) -> list[Atom]:
    first = (int(m.group("y")), int(m.group("m")), int(m.group("d")))
    last = (int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    if not (_valid(*first) and _valid(*last) and first < last):
        return []
    return [Atom(m.start(), m.end(), *first, *last, rule="numeric_range")]


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


def bracketed_year(m: re.Match) -> list[Atom]:
    return [Atom(m.start(), m.end(), int(m.group("y")), rule="bracketed_year")]


# The longest span of years a bracket after a name gives (a life), and the shortest read so.
LIFE_SPAN = 120
LIFE_SHORTEST = 10


def year_range_short(m: re.Match) -> list[Atom]:
    y1 = int(m.group("y1"))
    if int(m.group("yy")) != (y1 + 1) % 100:
        return []
    return [Atom(m.start(), m.end(), y1, end_year=y1 + 1, rule="year_range_short")]


def year_list(m: re.Match) -> list[Atom]:
    atoms = [Atom(m.start("ys") + y.start(), m.start("ys") + y.end(), int(y.group()), rule="year_list")
             for y in re.finditer(YEAR, m.group("ys"))]
    return atoms + [Atom(m.start("yl"), m.end(), int(m.group("yl")), rule="year_list")]


@lru_cache(maxsize=1)
def _decade_after() -> re.Pattern:
    # "gadu" before a part of a time or a thing of an era is the plural's genitive: "1990. gadu
    # sākumā", "1980. gadu stils" name a decade, not the year (temporal.toml decade_nouns).
    t = vocab.temporal()
    return re.compile(rf"[^\S\n]+(?:{vocab.alternation(t['month_part_locatives'])}(?!\w)"
                      rf"|(?:{vocab.alternation(t['decade_nouns'])})[^\W\d_]*)", re.IGNORECASE)


def year(m: re.Match) -> list[Atom]:
    value = int(m.group("y") or m.group("hy"))
    if value % 10 == 0 and m.group().lower().endswith("gadu") and _decade_after().match(m.string, m.end()):
        return []
    return [Atom(m.start(), m.end(), value, rule="year")]


def month_year(m: re.Match) -> list[Atom]:
    year, _ = _year_of(m)
    return [Atom(m.start(), m.end(), year, _month_number(m.group("mon")), rule="month_year")] if year else []


def year_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    return [Atom(m.start(), m.end(), year, _month_number(m.group("mon")), relative=rel, rule="year_month")]
