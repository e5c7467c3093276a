"""A month's part counted by an ordinal ("novembra otrajā otrdienā", "jūlija trešajā nedēļā") that
dates no month of any one year, so is no date at all:
- a custom kept every year: a word of habit in its sentence ("festivāls ik gadu notiek jūlija
  trešajā nedēļā", "kopš 1996. gada novembra otrajā otrdienā tiek atzīmēta …", an observance in the
  present, "Tēva diena tiek svinēta otrajā septembra svētdienā"; calendar.toml
  [weekday_time_of_day] habitual and temporal.toml [counted_month_part] habit_words) and nothing
  that tells one occurrence (a verb of one told in the past or future, "šogad", "šodien", a modifier:
  relative_words.told_once, as for a weekday's custom, and a season of this year, "šovasar":
  [counted_month_part] once_words);
- the day itself given right after a dash ("marta trešajā otrdienā – 21. martā") or in a clause
  right after that says where it falls this time ("novembra otrajā otrdienā, kas šogad ir 12.
  novembrī"): the day is the date, the month beside it no second one.
Asked by month_alone for a month's genitive whose ordinal follows. Bounded: the sentence window."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .relative_words import counted_words, custom_told, lookups, told_once
from .page_furniture import WORD
from .sentence_window import sentence_around


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    rank, days = counted_words()
    ordinals = vocab.alternation(rank)
    weekdays = [f for f in days if f.endswith("ā")]  # the locative only ("otrajā svētdienā")
    # the weekday, the week or its end ("jūlija otrajā nedēļas nogalē")
    unit = rf"[^\S\n]+(?:{vocab.alternation([*weekdays, 'nedēļā'])}|nedēļas[^\S\n]+nogalē)(?!\w)"
    # the ordinal after the month ("septembra otrajā svētdienā"), or before it ("otrajā septembra
    # svētdienā", `ordinal_before`), the weekday or the week right after
    part = rf"(?P<ordinal>[^\S\n]+(?:{ordinals}))?{unit}"
    counted = re.compile(part, re.IGNORECASE)
    # the day after a dash, or in a clause that says on which day it falls this time ("novembra otrajā
    # otrdienā, kas šogad iekrita 14. novembrī": a few words between, no other clause, and the month
    # after the day's number: "kas būs jau 15. pēc kārtas", "… 3. ceturksnī" count no day)
    clause_day = rf"\d{{1,2}}\.[^\S\n]*(?:{vocab.month_alternation()})(?!\w)"
    day_after = re.compile(rf"{part}[^\S\n]*(?:[–—-][^\S\n]*\d{{1,2}}\.|,[^\S\n]*kas(?:[^\S\n]+[^\W\d_]+){{1,3}}"
                           rf"[^\S\n]*{clause_day})", re.IGNORECASE)
    ordinal_before = re.compile(rf"(?<!\w)(?:{ordinals})[^\S\n]+$", re.IGNORECASE)
    return counted, day_after, ordinal_before


@lru_cache(maxsize=1)
def custom_cues() -> tuple[frozenset[str], frozenset[str]]:
    settings = vocab.temporal()["counted_month_part"]
    habit = lookups()["habitual"] | frozenset(settings["habit_words"])
    # what tells one occurrence as for a weekday's custom (a told verb, a modifier, a day word, a unit
    # adverb), not a month's form (the month is the sentence's own), and a season of this year ("šovasar")
    return habit, told_once(months=False) | frozenset(settings["once_words"])


def no_month(text: str, start: int, end: int) -> bool:
    """Whether the month's genitive text[start:end], its ordinal and weekday or week after it,
    names no month of a year: a yearly custom, or an apposition whose day follows a dash."""
    counted, day_after, ordinal_before = _patterns()
    m = counted.match(text, end)
    if m is None or (m["ordinal"] is None and ordinal_before.search(text, max(0, start - 20), start) is None):
        return False
    if day_after.match(text, end) is not None:
        return True
    habit, once = custom_cues()
    left, right = sentence_around(text, start, end)
    # a clause joined after the custom's tells this year's occurrence of it, not the custom's own
    # month ("Ik gadu … tiek atzīmēta marta trešajā otrdienā, un šogad to atzīmēs arī …")
    joined = _JOINED_CLAUSE.search(text, end, right)
    return custom_told(text, left, joined.start() if joined else right, habit, once - _observance_modifiers(text, left, right))


def _observance_modifiers(text: str, left: int, right: int) -> frozenset[str]:
    """The modifiers of the sentence that point at no time ("šī diena tiek atzīmēta oktobra pirmajā
    svētdienā": the observance's "this", not "šī gada", "šajā svētdienā"): no word of one occurrence.
    A modifier that also stands before a unit or a weekday in the sentence stays one."""
    look = lookups()
    words = [w.lower() for w in WORD.findall(text, left, right)]
    timed = {w for w, after in zip(words, words[1:]) if after in look["unit"] or after in look["weekday"]}
    return frozenset(w for w in words if w in look["modifier"] and w not in timed)


# A clause coordinated after the month's: a comma or semicolon and a conjunction ("…, un šogad …",
# "…, bet šogad …").
_JOINED_CLAUSE = re.compile(r"(?:,[^\S\n]*(?:un|bet|taču|tomēr)|;)(?!\w)", re.IGNORECASE)
