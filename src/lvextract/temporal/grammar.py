"""The Latvian date grammar: calendar expressions in raw text → `Atom`s (unresolved years).

Two levels. Level one runs one regex per surface form (day + month name in any case,
numeric dates, day ranges, year ranges, lists, months) and keeps the longest match where
several overlap. Level two joins two neighbouring atoms into one range when only a dash
or "no … līdz …" stands between them. Years the text leaves out stay None here; the
resolver fills them from a frame or the document date.

Level one is split by concern: `date_patterns` (regex building blocks), `date_rules` (the rule
table), `date_rule_actions` (what a match makes), `date_rule_scan` (running the rules over a
text), `date_masks` (where no date can be). This module selects among the matches and does
level two.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from ..latvian.orthography import DASH
from ..spans import Intervals
from . import vocabulary as vocab
from .date_atom import Atom
from .date_masks import masked_spans
from .date_rule_actions import one_stretch
from .dateline_dash import dateline_before_dash
from .date_patterns import UNTIL_PAT, clock_tail
from .date_rule_scan import matches


def _select(text: str) -> list[Atom]:
    """The longest match wins where matches overlap (then the earlier rule); masked text has none."""
    units = list(matches(text))
    units.sort(key=lambda u: (-(u[1] - u[0]), u[2], u[0]))
    taken = Intervals()
    masks = Intervals()
    for s, e in masked_spans(text):
        masks.add(s, e)
    chosen: list[Atom] = []
    clock_inside = _clock_inside_rule()
    for start, end, priority, atoms in units:
        if len(atoms) > 1 and masks.overlaps(start, end) and not taken.overlaps(start, end):
            atoms = _unmasked_tail(atoms, masks)
            if atoms:
                start = atoms[0].start
        if not atoms or taken.overlaps(start, end) or (masks.overlaps(start, end) and priority != clock_inside):
            continue
        taken.add(start, end)
        chosen.extend(one_stretch(atoms))
    return sorted(chosen, key=lambda a: a.start)


def _unmasked_tail(atoms: list[Atom], masks: Intervals) -> list[Atom]:
    """The days of a list after the last one that falls in masked text: a list read from a
    clock time's hour on ("no 9 līdz 21, 4. un 5. jūnijā …") still names the days after it,
    which share the list's month. A list whose month-bearing last day is masked names none."""
    tail: list[Atom] = []
    for atom in atoms:
        tail = [] if masks.overlaps(atom.start, atom.end) else [*tail, atom]
    return tail


@lru_cache(maxsize=1)
def _clock_inside_rule() -> int:
    """The rule whose match holds a clock time (masked as a time): "14. marts, 00:00, 2011"."""
    from .date_rules import rules

    return [name for name, _p, _b in rules()].index("day_month_clock_year")


# The first day's year may keep its abbreviation in the gap: "03.05.2019.g. - 07.05.2019.g.".
_DASH_GAP = re.compile(rf"(?:[^\S\n]?g\.)?\s*{DASH}\s*")
# A comma may stand before "līdz" too: "no 1. jūnija, līdz 31. augustam".
# "lidz" without the long ī, as a hurried page types it, is the same word.
_UNTIL_GAP = re.compile(rf"(?:[^\S\n]?g\.)?\s*(?:{DASH}\s*|,\s*)?{UNTIL_PAT}\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_until_gap() -> re.Pattern:
    """"līdz ceturtdienai, 30. jūnijam": the second day's weekday in the dative between "līdz" and
    the day; "no 2. maija (pirmdienas) līdz …", "no 2. maija, pirmdienas, līdz …": the first day's
    weekday in the genitive after it (calendar.toml [weekdays], the third and fourth form of each)."""
    genitive = "|".join(vocab.weekday_forms(2))
    dative = "|".join(vocab.weekday_forms(3))
    return re.compile(rf"(?:[^\S\n]?g\.)?(?:\s*\(\s*(?:{genitive})\s*\)|\s*,\s*(?:{genitive})(?=\s*,))?"
                      rf"\s*(?:{DASH}\s*|,\s*)?{UNTIL_PAT}\s+(?:(?:{dative})\s*,?\s*)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_dash_gap() -> re.Pattern:
    """" – svētdien, ": a dash, then the second day's weekday (adverb or nominative) and a comma."""
    weekdays = "|".join(vocab.weekday_forms(0, 1))
    return re.compile(rf"[^\S\n]*{DASH}[^\S\n]*(?:{weekdays})[^\S\n]*,[^\S\n]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_before() -> re.Pattern:
    """"piektdien, " right before the first day of a dash range."""
    weekdays = "|".join(vocab.weekday_forms(0, 1))
    return re.compile(rf"(?<!\w)(?:{weekdays})[^\S\n]*,[^\S\n]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_from_before() -> re.Pattern:
    """"no trešdienas, 1. jūnija līdz …": the first day's weekday in the genitive between "no" and
    the day (calendar.toml [weekdays], the third form of each)."""
    genitive = "|".join(vocab.weekday_forms(2))
    return re.compile(rf"(?:^|\W)(?:no|sākot\s+no)\s+(?:{genitive})\s*,?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _daypart_until_gap() -> re.Pattern:
    """"no 26. jūlija vakara līdz 28. jūlija …": the first day's part of the day in the genitive
    stands in the gap (temporal.toml daypart_genitives)."""
    words = vocab.alternation(vocab.temporal()["daypart_genitives"])
    return re.compile(rf"[^\S\n]{{1,3}}(?:{words})(?!\w)\s*,?\s*{UNTIL_PAT}\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _month_part_dash_gap() -> re.Pattern:
    """"aprīļa beigās – maijā", "š.g. maija nogalē - jūnijā": a month's part (temporal.toml
    month_part_locatives) before a dash and the next month make one span of months, not two."""
    words = vocab.alternation(vocab.temporal()["month_part_locatives"])
    return re.compile(rf"[^\S\n]{{1,3}}(?:{words})(?!\w)[^\S\n]*{DASH}[^\S\n]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _month_part_until_gap() -> re.Pattern:
    """"no aprīļa vidus līdz maija sākumam": the first month's part in the genitive (temporal.toml
    month_part_genitives) before "līdz" and the next month make one span of months, not two."""
    words = vocab.alternation(vocab.temporal()["month_part_genitives"])
    return re.compile(rf"[^\S\n]{{1,3}}(?:{words})(?!\w)\s*,?\s*{UNTIL_PAT}\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _night_uz_gap() -> re.Pattern:
    """"naktī no 31. maija uz 1. jūniju": between a night's two full days "uz" (to), the second
    day's weekday in the accusative may stand after it ("…, uz sestdienu, 23. maiju")."""
    accusative = "|".join(vocab.weekday_forms(4))
    return re.compile(rf"[^\S\n]*,?[^\S\n]*uz[^\S\n]+(?:(?:{accusative})[^\S\n]*,[^\S\n]*)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _night_from_before() -> re.Pattern:
    """A night word and "no" right before the first day, its weekday in the genitive between
    ("nakti no piektdienas, 22. maija, …"; temporal.toml night_words): the night is one span, as
    "naktī no 6. uz 7. janvāri" is (date_from_to.py); a day moved "no … uz …" without it is two days."""
    night = vocab.alternation(vocab.temporal()["night_words"])
    genitive = "|".join(vocab.weekday_forms(2))
    return re.compile(rf"(?<!\w)(?:{night})[^\S\n]{{1,3}}no[^\S\n]+(?:(?:{genitive})[^\S\n]*,[^\S\n]*)?$",
                      re.IGNORECASE)


# "no 6. maija plkst. 8.30 līdz 7. maijam plkst. 18.00": the first day's clock time stands in the gap.
_TIMED_UNTIL_GAP = re.compile(rf"\s*,?\s*(?:plkst\.?|pulksten)\s*(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*,?\s*{UNTIL_PAT}\s+",
                              re.IGNORECASE)
# "3. maijs 10:00 – 5. maijs 18:00": a start and an end, each a day with its clock time (an event
# card's "Notiek:" field); the clock after the second day is asked too (_clock_after).
_CLOCK_DASH_GAP = re.compile(rf"{clock_tail(word=True)}[^\S\n]*{DASH}[^\S\n]*", re.IGNORECASE)
_CLOCK_AFTER = re.compile(rf"{clock_tail(word=True)}(?!\d)", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:^|\W)(?:no|kopš|sākot\s+(?:no|ar)|laikā\s+no|periodā\s+no)\s+$", re.IGNORECASE)


def _joinable(text: str, a: Atom, b: Atom) -> bool:
    if a.is_range or b.is_range or (a.grain != b.grain and not _month_to_day(a, b) and not _both_years_stated(a, b)):
        return False
    gap = text[a.end:b.start]
    if len(gap) > 40:
        return False  # no joining gap is longer; the gap regexes then never read a long blank run
    if a.grain == b.grain == "day" and _CLOCK_DASH_GAP.fullmatch(gap) and _CLOCK_AFTER.match(text, b.end):
        return True
    if a.grain == b.grain == "day" and _weekday_dash_gap().fullmatch(gap) \
            and _weekday_before().search(text, max(0, a.start - 20), a.start):
        # "piektdien, 3. maijā – svētdien, 5. maijā": each day after its weekday (a list "3. maijā –
        # sestdiena, 5. maijā – svētdiena" puts each weekday after its day: no range)
        return True
    if a.grain == b.grain == "day" and _night_uz_gap().fullmatch(gap) \
            and _night_from_before().search(text, max(0, a.start - 40), a.start):
        return True  # "naktī no 31. maija uz 1. jūniju": one night over two days
    if a.grain == b.grain == "month" and _month_part_dash_gap().fullmatch(gap):
        return True
    if a.grain == b.grain == "month" and _month_part_until_gap().fullmatch(gap):
        return bool(_FROM_BEFORE.search(text[max(0, a.start - 20):a.start]))
    if _DASH_GAP.fullmatch(gap):
        return a.grain == b.grain and not dateline_before_dash(text, a, b)  # "Maijs – 15. maijā …" heads a calendar's day, it spans nothing
    if not (_UNTIL_GAP.fullmatch(gap) or _TIMED_UNTIL_GAP.fullmatch(gap) or _weekday_until_gap().fullmatch(gap)
            or _daypart_until_gap().fullmatch(gap)):
        return False
    # "no 15. jūnija līdz …", or the "no" left out after a month in the genitive: "2021. gada
    # 15. jūnija līdz 30. jūnijam" is a range all the same. Each day may be named with its weekday
    # before it: "no trešdienas, 1. jūnija līdz ceturtdienai, 30. jūnijam" is one range too.
    return bool(_FROM_BEFORE.search(text[max(0, a.start - 20):a.start]) or _ends_in_genitive(text[a.start:a.end])
                or _weekday_from_before().search(text[max(0, a.start - 30):a.start]))


def _month_to_day(a: Atom, b: Atom) -> bool:
    """"no maija līdz 31. decembrim": a month from its first day to a day (one range)."""
    return a.grain == "month" and b.grain == "day"


def _both_years_stated(a: Atom, b: Atom) -> bool:
    """"no 2015. gada maija līdz 2019. gadam", "no 2015. gada 1. maija līdz 2019. gada maijam": ends
    of different grains, each with its year, make one period (each end keeps its grain)."""
    return a.year is not None and b.year is not None and a.year < b.year and not a.relative and not b.relative


def _ends_in_genitive(span: str) -> bool:
    last = _LAST_WORD.search(span)
    return bool(last) and last.group().lower() in vocab.genitive_forms()


_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _join(a: Atom, b: Atom) -> Atom:
    year = a.year if a.year is not None else b.year
    end_year = b.year if b.year is not None else year
    if b.year is None and year is not None and (b.month or 0, b.day or 0) < (a.month or 0, a.day or 0):
        end_year = year + 1  # "no 30. decembra līdz 2. janvārim" crosses the new year
    if a.year is None and b.year is not None and (b.month or 0, b.day or 0) < (a.month or 0, a.day or 0):
        year = b.year - 1
    day = a.day  # "no marta līdz 15. oktobrim": the month keeps its grain (RECORD: the grain the text gives)
    # each end may say its own year relative to the document's: "no pagājušā gada janvāra līdz šā gada …"
    end_relative = b.relative if a.relative and b.relative and b.relative != a.relative else None
    return Atom(a.start, b.end, year, a.month, day, end_year if end_year is not None else None, b.month, b.day,
                relative=a.relative or b.relative, rule=f"{a.rule}+{b.rule}", end_relative=end_relative)


def _ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms) and _joinable(text, atoms[i], atoms[i + 1]):
            joined = _join(atoms[i], atoms[i + 1])
            if joined.year is None or joined.end_year is None or _ordered(joined) \
                    or _said_from_until(text, atoms[i], atoms[i + 1]):
                out.append(joined)
                i += 2
                continue
        out.append(atoms[i])
        i += 1
    return out


# Between a year and the day it dates: "no" (from), "sākot no" ("2013. gada no 5. marta līdz
# 9. martam", "2025.g. no 8. septembra").
_YEAR_FROM_GAP = re.compile(r"[^\S\n]{0,3}(?:sākot[^\S\n]{1,3})?no[^\S\n]{1,3}", re.IGNORECASE)


def _year_before_from(text: str, atoms: list[Atom]) -> list[Atom]:
    """A year said right before "no" and a day or month without a year of its own is that
    date's year, not a date of its own: the year goes to the date and the year atom is dropped.
    The date keeps its span, so that the "no" before it still tells a span's start. A year right
    before a full date of the same year on its line ("2020. gada 17.09.2020", a form's field typed
    over) is that date's too."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.grain == "year" and not a.is_range and not a.relative and a.year is not None:
            b = atoms[i + 1]
            if b.year is None and not b.relative and b.month is not None and b.start - a.end <= 24 \
                    and _YEAR_FROM_GAP.fullmatch(text, a.end, b.start):
                out.append(replace(b, year=a.year, end_year=a.year if b.end_month is not None and b.end_year is None else b.end_year))
                i += 2
                continue
            if b.year == a.year and b.day is not None and not b.is_range and b.start - a.end <= 3 \
                    and not text[a.end:b.start].strip() and "\n" not in text[a.end:b.start]:
                # "līdz 2020. gada 17.09.2020": the year typed twice on one line; a headline that
                # ends with the year over a dateline of the same year ("… 2018. gadā" / "06.04.2018") is two dates
                out.append(replace(b, start=a.start))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _ordered(a: Atom) -> bool:
    return (a.year, a.month or 0, a.day or 0) <= (a.end_year, a.end_month or 0, a.end_day or 0)


def _said_from_until(text: str, a: Atom, b: Atom) -> bool:
    """Two days, each with its year, that the text itself joins as a span's ends, "no … līdz …"
    ("izsludina no 2013. gada 6. maija līdz 2012. gada 23. maijam"): one mention as written, though
    the end's year, a slip of the page, puts it before the start (RECORD.md: a range is one
    mention). A dash between them joins no such pair: it may part two items of a list."""
    return a.year is not None and b.year is not None and a.grain == b.grain == "day" \
        and _UNTIL_GAP.fullmatch(text, a.end, b.start) is not None \
        and _FROM_BEFORE.search(text[max(0, a.start - 20):a.start]) is not None


def find_atoms(text: str) -> list[Atom]:
    """Every calendar expression in `text`, left to right, years not yet resolved."""
    atoms = _ranges(text, _year_before_from(text, _select(text)))
    # A year-grain range keeps only years: drop month fields that _join copied as None. A period
    # that ends in a month ("no 2015. gada līdz 2019. gada maijam") keeps that month.
    return [replace(a, end_month=None, end_day=None) if a.grain == "year" and a.is_range and a.rule != "year_to_month"
            and "+" not in a.rule else a for a in atoms]
