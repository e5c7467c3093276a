"""A month's part counted by an ordinal ("novembra otrajā otrdienā", "jūlija trešajā nedēļā") that
dates no month of any one year, so is no date at all:
- a custom kept every year: a word of habit in its sentence ("festivāls ik gadu notiek jūlija
  trešajā nedēļā", "kopš 1996. gada novembra otrajā otrdienā tiek atzīmēta …", an observance in the
  present, "Tēva diena tiek svinēta otrajā septembra svētdienā"; calendar.toml
  [weekday_time_of_day] habitual and temporal.toml [counted_month_part] habit_words) and nothing
  that tells one occurrence (a verb of one told in the past or future, "šogad", "šodien", a modifier:
  [counted_month_part] once_words, vocabulary.told_verbs);
- the day itself given right after a dash ("marta trešajā otrdienā – 21. martā"): the day is the
  date, the month beside it no second one.
Asked by month_alone for a month's genitive whose ordinal follows. Bounded: the sentence window."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .sentence_window import sentence_around

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = vocab.calendar_words()
    ordinals = vocab.alternation(words["weekday_in_month"]["ordinals"])
    weekdays = [f for forms in words["weekdays"].values() for f in forms if f.endswith("ā")]
    unit = rf"[^\S\n]+(?:{vocab.alternation([*weekdays, 'nedēļā'])})(?!\w)"
    # the ordinal after the month ("septembra otrajā svētdienā"), or before it ("otrajā septembra
    # svētdienā", `ordinal_before`), the weekday or the week right after
    part = rf"(?P<ordinal>[^\S\n]+(?:{ordinals}))?{unit}"
    counted = re.compile(part, re.IGNORECASE)
    day_after = re.compile(rf"{part}[^\S\n]*[–—-][^\S\n]*\d{{1,2}}\.", re.IGNORECASE)
    ordinal_before = re.compile(rf"(?<!\w)(?:{ordinals})[^\S\n]+$", re.IGNORECASE)
    return counted, day_after, ordinal_before


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    settings = vocab.temporal()["counted_month_part"]
    habit = frozenset([*vocab.calendar_words()["weekday_time_of_day"]["habitual"], *settings["habit_words"]])
    calendar = vocab.calendar_words()
    # as relative._told_once: a told verb, a modifier ("šī", "nākamajā"), a day word ("šodien", "rīt"),
    # a unit adverb ("šonedēļ")
    once = vocab.told_verbs() | frozenset(settings["once_words"]) \
        | frozenset(f for kind in calendar["modifiers"].values() for f in kind) \
        | frozenset(calendar["days"]) | frozenset(calendar["unit_adverbs"])
    return habit, once


def no_month(text: str, start: int, end: int) -> bool:
    """Whether the month's genitive text[start:end], its ordinal and weekday or week after it,
    names no month of a year: a yearly custom, or an apposition whose day follows a dash."""
    counted, day_after, ordinal_before = _patterns()
    m = counted.match(text, end)
    if m is None or (m["ordinal"] is None and ordinal_before.search(text, max(0, start - 20), start) is None):
        return False
    if day_after.match(text, end) is not None:
        return True
    left, right = sentence_around(text, start, end)
    words = {w.lower() for w in _WORD.findall(text, left, right)}
    habit, once = _cues()
    return bool(words & habit) and not words & once
