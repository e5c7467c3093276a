"""Relative dates: "rīt", "nākamajā pirmdienā", "pēc divām nedēļām", "nākamgad" …

Each rule is named and turns a match into a `Relative`: its span, the expression normalised
(`+P1D`, `next-MO`, `+P2W`, `-P1Y`) and a builder that computes the TIMEX3-style value, at the
grain the text says (a day, an ISO week, a month, a year), from an anchor date (the document
date, else a reference date). With no anchor the value is None. The vocabulary is data
(latvian/data/calendar.toml, the tables after the months); the example table is tests/examples/relative.toml.

`weekday_warnings` checks a weekday written beside a calendar date ("ceturtdien, 22. martā").

Cost: one regex scan of the text per rule family, then constant work per match: linear.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles
from ..spans import select_longest
from .date_patterns import last_day
from .relative_words import no_single_unit
from .vocabulary import alternation, finditer_at, genitive_forms, word_start_scan

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The relatives a month- or year-grain anchor can resolve: whole months and years.
_COARSE_GRAIN = re.compile(r"[+-]P\d+([YM])")


@dataclass(frozen=True)
class Relative:
    start: int
    end: int
    relative: str                                # the expression normalised: +P1D, next-MO, -P1Y …
    rule: str
    build: Callable[[dt.date], str]              # anchor → TIMEX3 value

    def value(self, anchor: dt.date | str | None) -> str | None:
        """A day anchors every relative; a document date of month or year grain ("2025-03")
        only those no finer than itself: "šogad" → 2025, "rīt" → None."""
        if anchor is None or isinstance(anchor, dt.date):
            return self.build(anchor) if anchor is not None else None
        grain = _COARSE_GRAIN.fullmatch(self.relative)
        year, _, month = str(anchor).partition("-")
        if grain is None or not year.isdigit() or (grain[1] == "M" and not month.isdigit()):
            return None
        return self.build(dt.date(int(year), int(month) if month.isdigit() else 1, 1))


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return datafiles.latvian("calendar")


def _words(words: Iterable[str]) -> str:
    return alternation(words)


def _bounded(body: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


# ------------------------------------------------------------------ builders

def _day(offset: int) -> Callable[[dt.date], str]:
    return lambda anchor: (anchor + dt.timedelta(days=offset)).isoformat()


def _week(offset: int) -> Callable[[dt.date], str]:
    def build(anchor: dt.date) -> str:
        year, week, _ = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year}-W{week:02d}"
    return build


def _month(offset: int) -> Callable[[dt.date], str]:
    def build(anchor: dt.date) -> str:
        index = anchor.year * 12 + anchor.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return build


def _year(offset: int) -> Callable[[dt.date], str]:
    return lambda anchor: f"{anchor.year + offset:04d}"


def _add_months(anchor: dt.date, months: int) -> dt.date:
    index = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(index, 12)
    return anchor.replace(year=year, month=month + 1, day=min(anchor.day, calendar.monthrange(year, month + 1)[1]))


def _weekday(code: str, which: str) -> Callable[[dt.date], str]:
    """next: the first such day after the anchor; last: the latest before it; this: the one of
    the anchor's week (Monday to Sunday); on: the first on or after it (a bare weekday)."""
    target = WEEKDAYS.index(code)

    def build(anchor: dt.date) -> str:
        ahead = (target - anchor.weekday()) % 7
        if which == "next":
            day = anchor + dt.timedelta(days=ahead or 7)
        elif which == "last":
            day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7 or 7)
        elif which == "this":
            day = anchor + dt.timedelta(days=target - anchor.weekday())
        elif which == "past":
            day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)
        else:
            day = anchor + dt.timedelta(days=ahead)
        return day.isoformat()
    return build


_UNIT_BUILDERS = {"D": _day, "W": _week, "M": _month, "Y": _year}
_SIGN = {"this": 0, "next": 1, "last": -1}


def _span_builder(unit: str, amount: int) -> Callable[[dt.date], str]:
    """"pēc N dienām": a day; weeks count in days; months and years keep their own grain."""
    if unit == "D":
        return _day(amount)
    if unit == "W":
        return _day(7 * amount)
    if unit == "M":
        return lambda anchor: _add_months(anchor, amount).isoformat()[:7]
    return _year(amount)


def _duration(unit: str, amount: int) -> str:
    return f"{'-' if amount < 0 else '+'}P{abs(amount)}{unit}"


# ------------------------------------------------------------------ patterns

@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v, look = vocabulary(), _lookups()
    weekday_forms, modifiers, units = look["weekday"], look["modifier"], look["unit"]
    spans, span_units = v["spans"], look["span_unit"]
    year_parts = v["year_parts"]
    return {
        "modified_weekday": _bounded(rf"(?P<mod>{_words(modifiers)})\s+(?P<day>{_words(weekday_forms)})"),
        "weekday": _bounded(rf"(?:(?P<prep>līdz|no|sākot\s+ar)\s+)?(?P<day>{_words(weekday_forms)})"),
        "modified_unit": _bounded(rf"(?P<mod>{_words(modifiers)})\s+(?P<unit>{_words(units)})"),
        "unit_adverb": _bounded(rf"(?P<word>{_words(v['unit_adverbs'])})"),
        "day_word": _bounded(rf"(?P<word>{_words(v['days'])})"),
        "day_noun": _bounded(rf"(?P<prep>{_words(v['day_nouns']['prepositions'])})\s+(?P<word>{_words(v['day_nouns']['forms'])})"),
        "span": _bounded(rf"(?P<dir>{_words(spans['after'] + spans['before'])})\s+"
                         rf"(?:(?P<n>\d{{1,3}})|(?P<word>{_words(v['numbers'])}))?\s*(?P<unit>{_words(span_units)})"),
        "year_part": _bounded(rf"(?P<which>{_words(sum((year_parts[k] for k in ('this', 'next', 'last')), []))})"
                              rf"\s+(?P<part>{_words(year_parts['parts'])})"),
    }


@lru_cache(maxsize=1)
def _starts() -> re.Pattern:
    return word_start_scan(list(_patterns().values()))


@lru_cache(maxsize=1)
def _lookups() -> dict:
    v = vocabulary()
    return {
        "weekday": {form: code for code, forms in v["weekdays"].items() for form in forms},
        "modifier": {form: kind for kind, forms in v["modifiers"].items() for form in forms},
        "unit": {form: unit for unit, forms in v["units"].items() for form in forms},
        "unit_not_before": frozenset(v["unit_exceptions"]["not_before"]),
        "span_unit": {form: unit for unit in "DWMY" for form in v["spans"][unit]},
        "span_singular": frozenset(v["spans"]["singular"]),
        "span_not_before": frozenset(v["spans"]["not_before"]),
        "after": set(v["spans"]["after"]),
        "number": v["numbers"],
        "year_which": {form: kind for kind in ("this", "next", "last") for form in v["year_parts"][kind]},
        "not_after": set(v["not_after"]["words"]),
        "past_verbs": set(v["past_verbs"]["words"]),
        "in_month": frozenset(v["weekday_in_month"]["ordinals"]) | genitive_forms(),
    }


_WORD = re.compile(r"\w+")
# "Šodien ir …" / "Šodien, 6. martā": a portal's or a letter's statement of the day, whose
# calendar date (if any) the absolute grammar reads.
_TODAY_IS = re.compile(r"\s+ir\b|,\s*\d", re.IGNORECASE)


def _sentence_is_past(text: str, start: int, end: int) -> bool:
    """A past-tense verb in the sentence, looked for at most 200 characters either side (so
    that a text without sentence breaks stays linear)."""
    window_start, window_end = max(0, start - 200), min(len(text), end + 200)
    left = max(text.rfind(".", window_start, start), text.rfind("\n", window_start, start), window_start - 1) + 1
    right_candidates = [i for i in (text.find(".", end, window_end), text.find("\n", end, window_end)) if i >= 0]
    right = min(right_candidates) if right_candidates else window_end
    return any(w.lower() in _lookups()["past_verbs"] for w in _WORD.findall(text[left:right]))


def _previous_word(text: str, start: int) -> str:
    m = _LAST_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


_LAST_WORD = re.compile(r"(\w+)[^\S\n]+$")


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end + (len(text[end:]) - len(text[end:].lstrip(" \t"))))
    return m.group(0).lower() if m else ""


@lru_cache(maxsize=1)
def _weekly_hours() -> re.Pattern:
    """Opening hours: a range of weekdays with the hours after it ("no otrdienas līdz piektdienai
    no pulksten 8.00 līdz 16.00") names every such week, not one day."""
    days = _words(_lookups()["weekday"])
    return _bounded(rf"no\s+(?:{days})\s*(?:[–-]|līdz)\s*(?:{days})[^.!?\n\d]{{0,40}}?"
                    rf"(?:(?:no\s+)?(?:plkst\.?|pulksten)\s*(?:[01]?\d|2[0-3])(?!\d)|(?:[01]?\d|2[0-3])[.:][0-5]\d)")


def _on_or_after(start: Callable[[dt.date], str], code: str) -> Callable[[dt.date], str]:
    """The end of a range of weekdays, counted from its start: "no pirmdienas līdz piektdienai"
    ends on the Friday after that Monday, not on the Friday nearest the anchor."""
    target = WEEKDAYS.index(code)

    def build(anchor: dt.date) -> str:
        first = dt.date.fromisoformat(start(anchor))
        return (first + dt.timedelta(days=(target - first.weekday()) % 7)).isoformat()
    return build


# ------------------------------------------------------------------ the rules

def find_relatives(text: str, taken: Iterable[tuple[int, int]] = ()) -> list[Relative]:
    """Every relative date of `text` outside the `taken` spans (the calendar dates found
    before), longest first where two overlap, in text order."""
    look = _lookups()
    pats = _patterns()
    found: list[Relative] = []
    # Where any rule can match, in one scan; each rule is then tried only there (the same
    # matches as its own finditer, one scan of the text instead of one per rule).
    starts = [m.start() for m in _starts().finditer(text)]

    for m in finditer_at(pats["modified_weekday"], text, starts):
        code, kind = look["weekday"][m["day"].lower()], look["modifier"][m["mod"].lower()]
        found.append(Relative(m.start(), m.end(), f"{kind}-{code}", "modified_weekday", _weekday(code, kind)))
    weekly = [m.span() for m in _weekly_hours().finditer(text)] if "līdz" in text or "–" in text or "-" in text else []
    range_start: Relative | None = None  # "no pirmdienas" right before "līdz piektdienai"
    for m in finditer_at(pats["weekday"], text, starts):
        if any(start <= m.start() < end for start, end in weekly):
            continue
        if not m["prep"] and _previous_word(text, m.start()) in look["in_month"]:
            continue  # "maija pēdējā sestdienā", "novembra pirmdienā": a day of that month
        form = m["day"].lower()
        code = look["weekday"][form]
        # "Piektdienas kafejnīca", "pirmdienas rīta sesija": a weekday naming something else.
        if _next_word(text, m.end()) in look["not_after"]:
            continue
        if form.endswith(("dienas", "diena", "dienu")) and not m["prep"]:
            # a bare genitive is an attribute ("otrdienas nodarbības"), a nominative names the
            # day ("šodien ir otrdiena"), an accusative repeats ("katru otrdienu"): no date
            continue
        if m["day"][0].isupper() and m.start() > 0 and text[m.start() - 1] not in "\n" \
                and not re.search(r"[.!?:]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # capitalised inside a sentence: a name
        which = "past" if _sentence_is_past(text, m.start(), m.end()) else "on"
        build = _weekday(code, which)
        if m["prep"] and m["prep"].lower() == "līdz" and range_start and not text[range_start.end:m.start()].strip():
            build = _on_or_after(range_start.build, code)
        found.append(Relative(m.start("day"), m.end(), code, "weekday", build))
        range_start = found[-1] if m["prep"] and m["prep"].lower() == "no" else None
    for m in finditer_at(pats["modified_unit"], text, starts):
        if no_single_unit(m["mod"], m["unit"], _next_word(text, m.end()), look["unit_not_before"]):
            continue  # "pagājušā gadu tūkstoša": a millennium; "iepriekšējo gadu uzvarētāji": past years
        unit, kind = look["unit"][m["unit"].lower()], look["modifier"][m["mod"].lower()]
        offset = _SIGN[kind]
        found.append(Relative(m.start(), m.end(), _duration(unit, offset), "modified_unit", _UNIT_BUILDERS[unit](offset)))
    for m in finditer_at(pats["unit_adverb"], text, starts):
        unit, offset = vocabulary()["unit_adverbs"][m["word"].lower()]
        found.append(Relative(m.start(), m.end(), _duration(unit, offset), "unit_adverb", _UNIT_BUILDERS[unit](offset)))
    for m in finditer_at(pats["day_word"], text, starts):
        if _TODAY_IS.match(text, m.end()):
            continue  # "Šodien ir ceturtdiena, 6. marts": the line states the date itself
        offset = vocabulary()["days"][m["word"].lower()]
        found.append(Relative(m.start(), m.end(), _duration("D", offset), "day_word", _day(offset)))
    for m in finditer_at(pats["day_noun"], text, starts):
        offset = vocabulary()["day_nouns"]["forms"][m["word"].lower()]
        found.append(Relative(m.start("word"), m.end(), _duration("D", offset), "day_noun", _day(offset)))
    for m in finditer_at(pats["span"], text, starts):
        unit_form = m["unit"].lower()
        unit = look["span_unit"][unit_form]
        amount = int(m["n"]) if m["n"] else look["number"][m["word"].lower()] if m["word"] else None
        singular = unit_form in look["span_singular"]
        if amount is None and (not singular or unit in ("D", "Y")):
            continue  # "pēc gada beigām", "pirms dienas": no number, no span
        if amount is not None and amount > 1 and singular and not m["n"]:
            continue
        if _next_word(text, m.end()) in look["span_not_before"]:
            continue
        amount = amount or 1
        signed = amount if m["dir"].lower() in look["after"] else -amount
        found.append(Relative(m.start(), m.end(), _duration(unit, signed), "span", _span_builder(unit, signed)))
    for m in finditer_at(pats["year_part"], text, starts):
        offset = _SIGN[look["year_which"][" ".join(m["which"].lower().split())]]
        found.append(Relative(m.start(), m.end(), _duration("Y", offset), "year_part", _year(offset)))

    taken = sorted(taken)
    chosen = select_longest(found, taken)
    # A weekday right before a calendar date ("ceturtdien, 22. martā") is part of that date:
    # weekday_warnings checks it; it is no relative date of its own.
    starts = [s for s, _ in taken]
    return [r for r in chosen if r.rule != "weekday" or not _before_a_date(text, r.end, starts)]


def _before_a_date(text: str, end: int, starts: list[int]) -> bool:
    k = bisect.bisect_left(starts, end)
    return k < len(starts) and starts[k] - end <= 4 and bool(_BESIDE.fullmatch(text[end:starts[k]]))


# ------------------------------------------------------------------ weekday beside a date

_BESIDE = re.compile(r"[\s,]*(?:\(|–|-)?\s*$")


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
        if match[1] != "XXXX":
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
def _weekday_word() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?P<day>{alternation(_lookups()['weekday'])})(?!\w)", re.IGNORECASE)


_AFTER_DATE = re.compile(r"[^\S\n]*[(,][^\S\n]*")


def _weekday_before(text: str, start: int) -> tuple[int, int] | None:
    """The weekday written right before a date ("ceturtdien, 22. martā", "Sestdiena (5.05.)"): at
    most four characters of blanks, a comma, a bracket or a dash between. Its start and its
    number (0 = Monday), if any. The one reading of "beside" for the weekday warnings and for
    the year a weekday tells (weekday_beside)."""
    before = None
    for m in _weekday_word().finditer(text, max(0, start - 30), start):
        before = m
    if before is None or start - before.end() > 4 or not _BESIDE.fullmatch(text[before.end():start]):
        return None
    return before.start("day"), WEEKDAYS.index(_lookups()["weekday"][before["day"].lower()])


def weekday_beside(text: str, start: int, end: int) -> int | None:
    """The weekday (0 = Monday) written right before a date ("ceturtdien, 1. janvārī") or right
    after it in brackets or after a comma ("1. janvāris (ceturtdiena)"), if any."""
    look = _lookups()["weekday"]
    if (before := _weekday_before(text, start)) is not None:
        return before[1]
    gap = _AFTER_DATE.match(text, end, end + 6)
    if gap and (m := _weekday_word().match(text, gap.end(), gap.end() + 20)):
        return WEEKDAYS.index(look[m["day"].lower()])
    return None
