"""A weekday written beside a calendar date ("ceturtdien, 22. martā", "1. janvāris (ceturtdiena)"):
part of that date, not a relative date of its own; the weekday warnings check that it fits the
date, and resolve asks which weekday a date's neighbour names. Split from relative.py by concern."""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from ..latvian.orthography import UPPER
from .date_patterns import DASH, last_day
from .relative_builders import WEEKDAYS
from .relative_words import lookups, weekday_alternation
from .unknown_year import year_unknown

_BESIDE = re.compile(rf"[\s,]*(?:\(|{DASH})?\s*$")


# An apposition whose adjective in the locative stands before the day ("Piektdien, rudenīgā 19. oktobra
# dienā, …", "Sestdien, saulainajā 7. maijā"): the weekday names that day as when the day follows the comma.
_ADJECTIVE_BESIDE = re.compile(r"[^\S\n]*,[^\S\n]*[^\W\d_" + UPPER + r"][^\W\d_]{2,}ā[^\S\n]+")
_ADJECTIVE_REACH = 30


def before_a_date(text: str, end: int, starts: list[int]) -> bool:
    k = bisect.bisect_left(starts, end)
    if k == len(starts):
        return False
    return (starts[k] - end <= 4 and bool(_BESIDE.fullmatch(text[end:starts[k]]))) \
        or (starts[k] - end <= _ADJECTIVE_REACH and _ADJECTIVE_BESIDE.fullmatch(text, end, starts[k]) is not None)


@lru_cache(maxsize=1)
def _paired_weekday() -> re.Pattern:
    # "uz": a night told by its two weekdays, "no sestdienas uz svētdienu, no 18. uz 19. maiju".
    return re.compile(rf"[^\S\n]+(?:un|vai|uz|{DASH})[^\S\n]+(?:{weekday_alternation()})(?!\w)", re.IGNORECASE)


# The night's days after its weekdays may open with their own "no": "…uz svētdienu, no 18. uz 19. maiju".
_FROM_BESIDE = re.compile(r"[^\S\n]*,[^\S\n]*no[^\S\n]+$", re.IGNORECASE)


def paired_before_a_date(text: str, end: int, starts: list[int]) -> bool:
    """The first of two weekdays joined before a pair of days ("Piektdien un sestdien, 3. un 4.
    aprīlī"): the weekdays name those days, the first is no relative date of its own either."""
    m = _paired_weekday().match(text, end, end + 30)
    if m is None:
        return False
    if before_a_date(text, m.end(), starts):
        return True
    k = bisect.bisect_left(starts, m.end())
    return k < len(starts) and starts[k] - m.end() <= 8 and _FROM_BESIDE.fullmatch(text, m.end(), starts[k]) is not None


# A named day in an apposition after a date: "14. martā – gavēņa IV svētdienā", "5. aprīlī,
# Pūpolu svētdienā". The weekday is the feast's name for that date (the date says which day it
# is), so it is no relative date of its own. At most four words between, the last an ordinal
# (Roman, numeric or a word) or a capitalised name.
_APPOSITION = re.compile(rf"[^\S\n]*(?:,|\(|{DASH})[^\S\n]*(?:[^\W\d]+[^\S\n]+){{0,3}}"
                         r"(?P<last>[IVX]{1,4}|\d{1,2}\.|[^\W\d]+)[^\S\n]+")


def named_after_a_date(text: str, start: int, ends: list[int]) -> bool:
    """Whether the weekday at `start` names the day of the date that ends just before it
    (`ends`: the calendar dates' ends, sorted)."""
    k = bisect.bisect_right(ends, start) - 1
    if k < 0 or start - ends[k] > 48:
        return False
    m = _APPOSITION.fullmatch(text, ends[k], start)
    if m is None:
        return False
    last = m["last"]
    return last[0].isupper() or last[0].isdigit() or last.lower() in lookups()["in_month"]


def weekday_warnings(text: str, dated: Iterable[tuple[int, int, str]], stated_years: list[tuple[int, int]],
                     document_year: int | None) -> list[str]:
    """Warnings for a weekday written right before a calendar date it does not fit.

    `dated`: (start, end, value) of the calendar dates; `stated_years`: (offset, year) of the
    years the text states, to find the nearest one when the date's year is unknown."""
    warnings = []
    for start, end, value in dated:
        before = _weekday_before(text, start)
        if before is None:
            continue
        w_start, weekday = before
        code = WEEKDAYS[weekday]
        said = calendar.day_name[weekday]
        written = text[w_start:end]
        match = re.fullmatch(r"(\d{4}|XXXX)-(\d{2})-(\d{2})", value)
        if not match:
            continue
        month, day = int(match[2]), int(match[3])
        if not year_unknown(value):
            date = dt.date(int(match[1]), month, day)
            if date.weekday() != WEEKDAYS.index(code):
                warnings.append(f"dates: “{written}” says {said}, but {value} is a {calendar.day_name[date.weekday()]}")
            continue
        near = _nearest_year(start, stated_years) or document_year
        if near is None:
            continue
        fitting = [y for y in range(near - 2, near + 3) if _valid(y, month, day) and dt.date(y, month, day).weekday() == WEEKDAYS.index(code)]
        if len(fitting) == 1:
            warnings.append(f"dates: {day} {calendar.month_name[month]} is a {said} in {fitting[0]} (“{written}”, year unknown)")
    return warnings


def _valid(year: int, month: int, day: int) -> bool:
    return day <= last_day(month, year)


def _nearest_year(offset: int, stated_years: list[tuple[int, int]]) -> int | None:
    if not stated_years:
        return None
    return min(stated_years, key=lambda item: abs(item[0] - offset))[1]


@lru_cache(maxsize=1)
def weekday_word() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?P<day>{weekday_alternation()})(?!\w)", re.IGNORECASE)


_AFTER_DATE = re.compile(r"[^\S\n]*[(,][^\S\n]*")


def _weekday_before(text: str, start: int) -> tuple[int, int] | None:
    """The weekday written right before a date ("ceturtdien, 22. martā", "Sestdiena (5.05.)"): at
    most four characters of blanks, a comma, a bracket or a dash between. Its start and its
    number (0 = Monday), if any. The one reading of "beside" for the weekday warnings and for
    the year a weekday tells (weekday_beside)."""
    before = None
    for m in weekday_word().finditer(text, max(0, start - 30), start):
        before = m
    if before is None or start - before.end() > 4 or not _BESIDE.fullmatch(text[before.end():start]):
        return None
    return before.start("day"), WEEKDAYS.index(lookups()["weekday"][before["day"].lower()])


def weekday_beside(text: str, start: int, end: int) -> int | None:
    """The weekday (0 = Monday) written right before a date ("ceturtdien, 1. janvārī") or right
    after it in brackets or after a comma ("1. janvāris (ceturtdiena)"), if any."""
    look = lookups()["weekday"]
    if (before := _weekday_before(text, start)) is not None:
        return before[1]
    gap = _AFTER_DATE.match(text, end, end + 6)
    if gap and (m := weekday_word().match(text, gap.end(), gap.end() + 20)):
        return WEEKDAYS.index(look[m["day"].lower()])
    return None
