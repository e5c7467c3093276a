"""What each date rule makes of its match: the `Atom`s, or none where the match is no date
(an impossible day, an amount, a name that looks like a month). The rules of years alone, of a
month of a year and of ranges of years: year_rule_actions.py; what both read off a match (a month's
number, the year beside a day, a day that exists): date_values.py."""
from __future__ import annotations

from dataclasses import replace

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .date_patterns import UNIT_AFTER, reads_as_days
from .date_values import _month_number, _valid, _year_of
from .list_markers import item_number


def day_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    if m.group("sy") and year is None:
        return []  # the suffix was an amount, the shorter match without it is found again below
    month = _month_number(m.group("mon"))
    day = int(m.group("d"))
    if not _valid(year, month, day):
        return []
    return [Atom(m.start(), m.end(), year, month, day, relative=rel, rule="day_month")]


def day_month_cut(m: re.Match) -> list[Atom]:
    """ "Sīkragā 4. jūnij" closing the text: a page cut off inside the month's word. The stub
    names the month when it begins the forms of one month only ("okto", "aprīl"; "jū" is two)."""
    stub = m.group("cut").lower()
    months = vocab.months_of_stub(stub)
    if len(months) != 1:
        return []
    year, rel = _year_of(m)
    month, day = months.pop(), int(m.group("d"))
    if not _valid(year, month, day):
        return []
    return [Atom(m.start(), m.end("cut"), year, month, day, relative=rel, rule="day_month_cut")]


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
    if m.start() == m.start("d1") and item_number(m.string, m.start("d1"), m.end("d1")):
        return []  # "1. Līdz 15. aprīlim …", "2. līdz 15. maijam …": a list's items, each until the 15th
    gap = m.string[m.end("d1"):m.start("d2")]
    if "\n" in gap and any(w.lower() in vocab.weekday_names() for w in re.findall(r"[^\W\d_]+", gap)):
        return []  # "… **1.⏎⏎- otrdien, 22. maijā": a list's number over an item led by its weekday
    start = m.start() if (m.group("py") or m.group("rel") or m.group("rela")) else m.start("d1")
    return [Atom(start, m.end(), year, month, d1, year, month, d2, relative=rel, rule="day_range_month")]


# "gan 6., gan 7. augustā", "kā 6., tā arī 7. augustā": the second word pairs the days only after
# the first (without it "… 6., gan 7. augustā" is no list of days).
_PAIRED = re.compile(r"(?<!\w)(gan|tā)(?!\w)", re.IGNORECASE)
_PAIR_OPENERS = {"gan": re.compile(r"(?<!\w)gan\s+$", re.IGNORECASE), "tā": re.compile(r"(?<!\w)kā\s+$", re.IGNORECASE)}


def _pair_opened(m: re.Match) -> bool:
    pairing = _PAIRED.search(m.string, m.start("days"), m.start("dl"))
    if pairing is None:
        return True
    opener = _PAIR_OPENERS[pairing.group(1).lower()]
    return any(opener.search(m.string, max(0, at - 12), at) for at in (m.start(), m.start("days")))


def day_list_month(m: re.Match) -> list[Atom]:
    if m.group("days").isdecimal() and _address_number(m, "days", "dl"):
        return []  # "Skolas ielā 5 un 12. maijā": a house number and one day
    if not _pair_opened(m):
        return []
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
    return _each_if_alternative(m, atoms)


# Days coordinated by "un" or a comma that follow each other ("15. un 16. septembrī", "7., 8. un 9.
# aprīlī", "2. un 3.10.2019.") are one stretch of days, as the range "21. - 22.11.2019." is (RECORD's
# range and event rules: "seminārs 4. un 5. oktobrī" is one occurrence with an end); days with a gap
# ("20. un 27. martā") and days offered as alternatives ("vai") or each stressed ("gan 6., gan 7.",
# "kā 6., tā arī 7.") stay a date each. The grammar joins the list's days once it has dropped any
# that fall in masked text (a clock's hour before the list: grammar._unmasked_tail).
_ALTERNATIVE = re.compile(r"(?<!\w)(?:vai|gan|tā)(?!\w)", re.IGNORECASE)
_STRETCH_RULES = frozenset({"day_list", "numeric_day_list"})


def _each_if_alternative(m: re.Match, atoms: list[Atom]) -> list[Atom]:
    """A list's days offered as alternatives or each stressed, renamed "<rule>_each" so that
    one_stretch leaves them a date each ("11. vai 12. aprīlī", "11. vai 12.04.2024.")."""
    if _ALTERNATIVE.search(m.string, m.start("days"), m.start("dl")):
        return [replace(a, rule=a.rule + "_each") for a in atoms]
    return atoms


def one_stretch(atoms: list[Atom]) -> list[Atom]:
    """A list's days that follow each other, one atom from the first to the last; else the days."""
    if len(atoms) < 2 or any(a.rule not in _STRETCH_RULES for a in atoms):
        return atoms
    if any(b.day != a.day + 1 for a, b in zip(atoms, atoms[1:])):
        return atoms
    first, last = atoms[0], atoms[-1]
    return [Atom(first.start, last.end, first.year, first.month, first.day, last.year, last.month, last.day,
                 relative=first.relative, rule=first.rule + "_stretch")]


def month_day_list(m: re.Match) -> list[Atom]:
    """"Jūlijs – 2., 9., 16., 30.;": each day of the list a date of the month named before it."""
    month = _month_number(m.group("mon"))
    days = [(m.start("days") + d.start(), m.start("days") + d.end(), int(d.group(1)))
            for d in re.finditer(r"(\d+)\.?", m.group("days"))]
    if not all(_valid(None, month, day) for *_, day in days) or [d for *_, d in days] != sorted({d for *_, d in days}):
        return []  # the days of a schedule's month run forward
    return [Atom(start, end, None, month, day, rule="month_day_list") for start, end, day in days]


def numeric_day_list(m: re.Match) -> list[Atom]:
    """"07. un 08.10.2020.": each day of the list in the month (and year) written after the last."""
    year = int(m.group("y")) if m.group("y") else None
    month = int(m.group("m") or m.group("mp"))
    days = [(m.start() if n == 0 else m.start("days") + d.start(), m.start("days") + d.end(), int(d.group()))
            for n, d in enumerate(re.finditer(r"\d+", m.group("days")))]
    days.append((m.start("dl"), m.end(), int(m.group("dl"))))
    if not all(_valid(year, month, day) for _, _, day in days) or [d for *_, d in days] != sorted({d for *_, d in days}):
        return []  # days of a list run forward: "12. un 5.03." is no list of March days
    return _each_if_alternative(m, [Atom(start, end, year, month, day, rule="numeric_day_list") for start, end, day in days])


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
    elif m.group("dot1") and m.string[m.end():m.end() + 1] == ":":
        # "01.04. - 31.10:", "1.11. - 31.03:": the first day closed by its dot, a season's hours after the
        # colon: real days, in order or across the new year (a winter season)
        if not (_valid(None, m1, d1) and _valid(None, m2, d2)) or (m1, d1) == (m2, d2):
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
