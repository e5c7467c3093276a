"""The year of a day across the turn of the year, told by its sentence's tense (a reading of
ours beside the weekday's, docs/record.md).

A day whose year came from the document date alone (RECORD.md's order, 4.) cannot lie on the
side of that date its verb denies: "26. decembrī … svinējām" in a text of 4 January 2018 is
2017-12-26, "15. janvārī notiks koncerts" in a text of 10 December 2023 is 2024-01-15. Taken
only when the document's own year puts the day more than half a year away on the wrong side, so
that the other year's day is the nearer one (a late posting of an announcement a month old, a
past "2. jūlijā" in a text of March, keep their year), when the sentence says one tense only,
and when no weekday beside the day already decides. "The next one" ("Nākošā tikšanās 7. maijā" in a
text of September) says the day is to come however near the half-year it stands ("vēl līdz 5. janvārim",
still until, says so of a present sentence's day, as a future verb would): with no past verb
beside it, the day turns from two months before the date on (temporal.toml [year_turn]). A month alone ("Pieteikties varēs no februāra."
in a text of November) turns the same way, counted from its middle. A document date of month
grain (a portal's metadata line "2022-02") counts from its month's middle too.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from . import vocabulary as vocab
from .colon_lists import LINE_REACH, lead_in
from .relative_beside import weekday_beside
from .resolve import Resolved
from .sentence_window import sentence_around
from .unknown_year import year_unknown

_WRONG_SIDE_DAYS = 182
_MID_MONTH = 15
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _tense_words() -> tuple[frozenset[str], frozenset[str]]:
    table = vocab.temporal()["year_turn"]
    return frozenset(table["past_verbs"]), frozenset(table["future_verbs"])


@lru_cache(maxsize=1)
def _future_nouns() -> frozenset[str]:
    """Nouns of an obligation ("pieteikšanās līdz …"): future only where no past verb tells it."""
    return frozenset(vocab.temporal()["year_turn"]["future_nouns"])


@lru_cache(maxsize=1)
def _debitive_shape() -> tuple[str, int, tuple[str, ...]]:
    table = vocab.temporal()["year_turn"]
    return table["debitive_prefix"], table["debitive_min"], tuple(table["debitive_not"])


def _debitive(words: set[str]) -> bool:
    """A debitive among the words ("jāaizpilda"): an obligation, so a day to come."""
    prefix, shortest, not_verbs = _debitive_shape()
    return any(w.startswith(prefix) and len(w) >= shortest and not w.startswith(not_verbs) for w in words)


@lru_cache(maxsize=1)
def _next_words() -> tuple[frozenset[str], int]:
    table = vocab.temporal()["year_turn"]
    return frozenset(table["next_words"]), table["next_min_days"]


@lru_cache(maxsize=1)
def _still_until() -> re.Pattern:
    """"vēl līdz" right before the day (temporal.toml [year_turn] still_until): a bound still to come."""
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(vocab.temporal()['year_turn']['still_until'])})[^\S\n]+$",
                      re.IGNORECASE)


def _tense(text: str, start: int, end: int) -> str | None:
    """"past" or "future" when the day's sentence (at most 200 characters either side), or the
    lead-in of the list it is an item of, says only that."""
    left, right = sentence_around(text, start, end)
    words = {w.lower() for w in _WORD.findall(text[left:right])}
    past, future = _tense_words()
    if not (words & (past | future | _future_nouns()) or _debitive(words)):
        # An item of a list led in by ":" ("Projektus varēs iesniegt:⏎• līdz 20. februāra …") is
        # part of the lead-in's sentence: its verb tells the item's tense.
        lead = lead_in(text, text.rfind("\n", max(0, start - LINE_REACH), start) + 1)
        if lead is not None:
            words |= {w.lower() for w in _WORD.findall(text[lead[0]:lead[1]])}
    said_past = bool(words & past)
    said_future = bool(words & future) or _debitive(words) \
        or _still_until().search(text, max(0, start - 30), start) is not None
    said_future = said_future or (not said_past and bool(words & _future_nouns()))
    if not said_past and words & _next_words()[0]:
        return "next"  # "Nākošā tikšanās 7. maijā": the one still to come
    return "past" if said_past and not said_future else "future" if said_future and not said_past else None


def said_tense(text: str, start: int, end: int) -> str | None:
    """What the sentence around text[start:end] says of its time: "past", "future", "next", or None
    when it holds no verb of either (a verbless schedule item, "Pirmdien – ekskursija")."""
    return _tense(text, start, end)


_MONTH_GRAIN = re.compile(r"(\d{4})-(\d\d)")


def _anchor_day(anchor) -> dt.date | None:
    """The document date as a day: a month-grain dateline ("2022-02", a portal's metadata line)
    counts from its month's middle, half a month off at most against a half-year's margin."""
    if isinstance(anchor, dt.date):
        return anchor
    m = _MONTH_GRAIN.fullmatch(str(anchor)) if anchor is not None else None
    return dt.date(int(m[1]), int(m[2]), _MID_MONTH) if m and 1 <= int(m[2]) <= 12 else None


def year_by_tense(text: str, item: Resolved, anchor) -> Resolved:
    atom = item.atom
    anchor = _anchor_day(anchor)
    if not item.fallback or atom.relative or atom.year is not None or item.end is not None or atom.month is None \
            or anchor is None or year_unknown(item.value):
        return item
    year = int(item.value[:4])
    try:
        day = dt.date(year, atom.month, atom.day or _MID_MONTH)  # a month alone counts from its middle
    except ValueError:
        return item
    away = (day - anchor).days
    if abs(away) <= _next_words()[1] or weekday_beside(text, atom.start, atom.end) is not None:
        return item
    tense = _tense(text, atom.start, atom.end)
    if abs(away) <= _WRONG_SIDE_DAYS and tense != "next":
        return item
    if tense == "past" and away > 0:
        other = year - 1
    elif tense in ("future", "next") and away < 0:
        other = year + 1
    else:
        return item
    try:
        dt.date(other, atom.month, atom.day or _MID_MONTH)
    except ValueError:
        return item  # 29 February
    return replace(item, value=f"{other:04d}{item.value[4:]}")
