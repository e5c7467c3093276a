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
from .resolve import Resolved

# Ordinals counted from the month's end.
FROM_END = {"pēdējā": -1, "priekšpēdējā": -2}
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, int], dict[str, int]]:
    words = vocab.calendar_words()
    ordinals = words["weekday_in_month"]["ordinals"]
    rank = {w: FROM_END.get(w, k + 1) for k, w in enumerate(ordinals)}
    # The locative only ("piektdienā"): "maija pēdējā piektdiena" is a nominative naming the day, in a
    # heading or a list, as the locative is in a sentence; both are one day.
    days = {f: WEEKDAY_CODES.index(code) for code in WEEKDAY_CODES for f in words["weekdays"][code]
            if f.endswith(("dienā", "diena"))}
    pattern = re.compile(rf"[^\S\n]+({vocab.alternation(ordinals)})[^\S\n]+({vocab.alternation(days)})(?!\w)",
                         re.IGNORECASE)
    return pattern, rank, days


def month_weekday(text: str, item: Resolved) -> Resolved:
    """The counted day, where a month's genitive of known year is followed by an ordinal and a weekday."""
    atom = item.atom
    if atom.day or not atom.month or atom.is_range or atom.relative or item.value[:1] in ("X", "") \
            or not text[atom.start:atom.end].lower().endswith("a"):  # the genitive: "janvāra", "maija"
        return item
    pattern, rank, days = _pattern()
    m = pattern.match(text, atom.end)
    if m is None:
        return item
    year, month = int(item.value[:4]), atom.month
    weekday, n = days[m.group(2).lower()], rank[m.group(1).lower()]
    matching = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if calendar.weekday(year, month, d) == weekday]
    if not -len(matching) <= n - (n > 0) < len(matching):
        return item  # no fifth Friday that month
    day = matching[n - 1] if n > 0 else matching[n]
    return replace(item, atom=replace(atom, end=m.end(), day=day, rule="month_weekday"),
                   value=f"{year:04d}-{month:02d}-{day:02d}")
