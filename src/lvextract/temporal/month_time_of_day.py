"""A month's genitive before a time of day, in any case, maybe past one or two small-letter words
that qualify it: "maija lietainajā vakarā", "Aprīļa saulainajā ceturtdienas pēcpusdienā",
"oktobra rītos" — a date of month grain, as "marta pasākumā" is (month_alone.py asks). The
time of day carries its ending: "rīt", "vakar", "rītdien" say another day.

Not past an ordinal ("maija pirmajā vakarā" counts a day, calendar.toml [weekday_in_month]
ordinals), nor a given name's form right before the time of day ("Maija vakarā dziedāja" may
be a person): such a form needs a qualifying word between. O(1) per month word: a bounded
window after it."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import LOWER
from . import vocabulary as vocab

_GAP_WORDS = 2  # the qualifying words a time of day may stand behind
# Endings of those words after a given name's form: a definite adjective's locative, a weekday's genitive.
QUALIFIER_ENDINGS = ("ajā", "ajos", "ajās", "dienas")


@lru_cache(maxsize=1)
def _after() -> re.Pattern:
    stems = vocab.alternation(vocab.temporal()["month_time_of_day_stems"])
    return re.compile(rf"(?P<gap>(?:[^\S\n]+[{LOWER}]+){{0,{_GAP_WORDS}}}?)[^\S\n]+(?:{stems})(?!dien)[^\W\d_]+(?!\w)")


@lru_cache(maxsize=1)
def _ordinals() -> frozenset[str]:
    return frozenset(vocab.calendar_words()["weekday_in_month"]["ordinals"])


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(vocab.temporal()["month_given_names"])


def time_of_day_after(word: str, after: str) -> bool:
    """Whether the month `word` (as written) is a genitive and `after` (the text right after it)
    opens with the time of day it dates."""
    if not word.lower().endswith("a"):
        return False  # the genitive only: "maija", "aprīļa", "oktobra"
    m = _after().match(after)
    if m is None:
        return False
    gap = m["gap"].split()
    if any(w in _ordinals() for w in gap):
        return False
    if word not in _given_names():
        return True
    # (a given name's form needs qualifying adjectives or a weekday between: "Marta saulainajā
    # vakarā" is the month, "Marta ar meitu vakarā staigā" a person)
    return bool(gap) and all(w.endswith(QUALIFIER_ENDINGS) for w in gap)
