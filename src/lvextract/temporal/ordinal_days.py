"""Days written as ordinal words: "divdesmit pirmajā jūnijā", "no piektā līdz divpadsmitajam
martam". The ordinal's case must agree with the month's ("pirmajā jūnijā", locative with
locative): "pirmajā jūnija nedēļā" (the first week of June) is no day. Words and endings are
data ([day_ordinals] in latvian/data/calendar.toml); the rules are tried like the month rules
(date_rule_scan reads `first_words`). O(match): each action reads its own groups.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .date_patterns import fragments
from .date_values import _relative_kind, _valid


def _data() -> dict:
    return vocab.calendar_words()["day_ordinals"]


@lru_cache(maxsize=1)
def _month_case() -> dict[str, tuple[int, int]]:
    """Each month form (lower case) → (month number, its case's index in the month's forms)."""
    return {form: (m["number"], n) for m in vocab.calendar_words()["month"] for n, form in enumerate(m["forms"])}


def first_words() -> list[str]:
    """The words these rules open with: a tens cardinal, a stem, or "no" before a range."""
    return [*_data()["tens"], *_data()["stems"], "no"]


def _ordinal(p: str) -> str:
    d = _data()
    return (rf"(?:(?P<{p}t>{vocab.alternation(d['tens'])})[^\S\n]+)?"
            rf"(?P<{p}o>{vocab.alternation(d['stems'])})(?P<{p}e>{vocab.alternation(d['endings'])})")


def patterns() -> tuple[str, str]:
    """The single day's pattern and the range's ("no …ā līdz …ajam <month's dative>")."""
    # (not a week or a part of the month: "pirmajā jūnija nedēļā" — calendar.toml [day_ordinals] not_before)
    not_before = vocab.alternation(_data()["not_before"])
    month = rf"(?P<mon>{vocab.alternation(_month_case())})(?!\w)(?![^\S\n]+(?:{not_before}))"
    single = rf"(?<!\w){_ordinal('a')}[^\S\n]{{1,3}}{month}"
    span = rf"(?<!\w)no[^\S\n]{{1,3}}{_ordinal('a')}[^\S\n]{{1,3}}līdz[^\S\n]{{1,3}}{_ordinal('b')}[^\S\n]{{1,3}}{month}"
    return single, span


def _day(m: re.Match, p: str) -> tuple[int | None, int]:
    """The day's number and the ordinal's case index, or None where tens stand before a teen or ten."""
    d = _data()
    unit = d["stems"][m.group(f"{p}o").lower()]
    tens = m.group(f"{p}t")
    if tens and unit > 9:
        return None, -1
    return (d["tens"][tens.lower()] if tens else 0) + unit, d["endings"].index(m.group(f"{p}e").lower())


@lru_cache(maxsize=1)
def _year_word_before() -> re.Pattern:
    """A year said relatively right before the ordinal ("nākamā gada astotajā janvārī", "šā gada
    pirmajā jūnijā"): the date's year word, as "nākamā gada 8. janvārī" has it (date_patterns rel_prefix)."""
    return re.compile(rf"(?<!\w){fragments()['rel_prefix']}$", re.IGNORECASE)


def ordinal_day(m: re.Match) -> list[Atom]:
    month, case = _month_case()[m.group("mon").lower()]
    day, ending = _day(m, "a")
    if day is None or ending != case or not _valid(None, month, day):
        return []
    said = _year_word_before().search(m.string, max(0, m.start() - 20), m.start())
    if said is not None:
        return [Atom(said.start(), m.end(), None, month, day, relative=_relative_kind(said["rel"] or said["rela"]),
                     rule="ordinal_day")]
    return [Atom(m.start(), m.end(), None, month, day, rule="ordinal_day")]


def ordinal_day_range(m: re.Match) -> list[Atom]:
    """"no piektā līdz divpadsmitajam martam": the first ordinal in the genitive, the second and
    the month in the dative, the days in order."""
    endings = _data()["endings"]
    month, case = _month_case()[m.group("mon").lower()]
    (d1, e1), (d2, e2) = _day(m, "a"), _day(m, "b")
    if None in (d1, d2) or (e1, e2, case) != (endings.index("ā"), endings.index("ajam"), endings.index("ajam")) \
            or not (_valid(None, month, d1) and _valid(None, month, d2) and d1 < d2):
        return []
    return [Atom(m.start(), m.end(), None, month, d1, None, month, d2, rule="ordinal_day")]
