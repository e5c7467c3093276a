"""A weekday counted within a month: "janvāra pēdējā piektdienā", "maija otrajā sestdienā". The
month's genitive, an ordinal ([weekday_in_month] ordinals in latvian/data/calendar.toml) and a
weekday in the locative name one day of that month (RECORD.md: every explicit calendar
expression, with the grain the text gives). The grammar finds the month alone; once the year is
resolved the day is counted and the mention covers the three words. Without a year the month
stays: the weekday falls on no known day. O(1) per month-grain mention."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import last_day
from .relative_words import counted_words
from .resolve import Resolved


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # The locative ("piektdienā") or the nominative: "maija pēdējā piektdiena" is a nominative naming the
    # day, in a heading or a list, as the locative is in a sentence; both are one day.
    rank, days = counted_words()
    return re.compile(rf"[^\S\n]+({vocab.alternation(rank)})[^\S\n]+({vocab.alternation(days)})(?!\w)",
                      re.IGNORECASE)


def month_weekday(text: str, item: Resolved) -> Resolved:
    """The counted day, where a month's genitive of known year is followed by an ordinal and a weekday."""
    atom = item.atom
    if atom.day or not atom.month or atom.is_range or atom.relative or item.value[:1] in ("X", "") \
            or not text[atom.start:atom.end].lower().endswith("a"):  # the genitive: "janvāra", "maija"
        return item
    rank, days = counted_words()
    m = _pattern().match(text, atom.end)
    if m is None:
        return item
    year, month = int(item.value[:4]), atom.month
    weekday, n = days[m.group(2).lower()], rank[m.group(1).lower()]
    # The first such weekday of the month, then n - 1 weeks on; or the last one, -n - 1 weeks back.
    last = last_day(month, year)
    first = 1 + (weekday - calendar.weekday(year, month, 1)) % 7
    day = first + 7 * (n - 1) if n > 0 else last - (calendar.weekday(year, month, last) - weekday) % 7 + 7 * (n + 1)
    if not 1 <= day <= last:
        return item  # no fifth Friday that month
    return replace(item, atom=replace(atom, end=m.end(), day=day, rule="month_weekday"),
                   value=f"{year:04d}-{month:02d}-{day:02d}")
