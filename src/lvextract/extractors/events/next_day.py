"""A day named as the one after the day told just before: "4. jūlijā notiks atklāšana. Nākamajā
dienā – sporta diena" — "nākamajā dienā" / "dienu vēlāk" is that day plus one ("divas dienas vēlāk"
plus two: events.toml [next_day] `counted`), and the occurrence of its own clause takes it
(day_anaphora asks the clause, as for "šajā dienā"). Not "nākamajā dienā pēc
pieteikuma saņemšanas", a day counted from some act (events.toml [next_day] `not_after`). O(n) for the
pattern, O(log n) per match."""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from ...temporal.unknown_year import UNKNOWN_YEAR, year_unknown
from ...word_regex import alternation, gated_finditer
from .lexicon import vocabulary

# How many sentences back the day counted from may stand; 0: a later clause of its own sentence.
SENTENCES_BACK = 2
DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
# What may stand between the pointing words and the day they are said with (a comma, a dash).
APPOSED = re.compile(r"[\s,–—-]*")
# A year to count an unknown year's day in: not a leap year, so "28. februārī" + 1 is no guess.
PLAIN_YEAR = 2001


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = vocabulary()["next_day"]
    words = re.compile(rf"(?<!\w)(?:{alternation([*data['words'], *data['counted']])})(?!\w)", re.IGNORECASE)
    not_after = re.compile(rf"\s*(?:{alternation(data['not_after'])})(?!\w)", re.IGNORECASE)
    return words, not_after


@lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    return {words.lower(): n for words, n in vocabulary()["next_day"]["counted"].items()}


def plus_days(value: str, days: int = 1, wrap: bool = False) -> str | None:
    """The day `days` after a day's value; an unknown year's day stays in its year (None past it), or
    with `wrap` runs on into the next one's first days ("XXXX-12-31" + 1: "XXXX-01-01", a night's end)."""
    m = DAY.match(value or "")
    if m is None:
        return None
    unknown = year_unknown(value)
    year = PLAIN_YEAR if unknown else int(m[1])
    try:
        day = date(year, int(m[2]), int(m[3])) + timedelta(days=days)
    except ValueError:
        return None
    if unknown:
        # Past February's end an unknown year may or may not have the 29th: no guess.
        crosses = (m[2] == "02" or (m[2] == "01" and int(m[3]) + days > 31)) and (day.month, day.day) >= (3, 1)
        wrapped = wrap and day.year == PLAIN_YEAR + 1 and (day.month, day.day) < (3, 1)
        return None if day.year != PLAIN_YEAR and not wrapped or crosses else f"{UNKNOWN_YEAR}-{day:%m-%d}"
    return day.isoformat()


def next_days(doc: Document, candidates: list[DateMention]) -> list[DateMention]:
    """A mention of the following day for each "nākamajā dienā" after a day (or a range's last day)
    the text named within SENTENCES_BACK, spanning the pointing words."""
    days = sorted((d for d in candidates if d.value), key=lambda d: d.span.start)
    if not days:
        return []
    starts = [d.span.start for d in days]
    words, not_after = _patterns()
    found = []
    for m in gated_finditer(words, doc.text):
        k = bisect.bisect_left(starts, m.start()) - 1
        if k < 0 or days[k].span.end > m.start() or not_after.match(doc.text, m.end()):
            continue
        # "Nedēļu vēlāk, 16. un 17. maijā, …", "Dienu vēlāk – 6. jūlijā –": the day is written out.
        if k + 1 < len(days) and APPOSED.fullmatch(doc.text, m.end(), days[k + 1].span.start):
            continue
        here, there = doc.sentence_index(m.start()), doc.sentence_index(days[k].span.start)
        if here is None or there is None or not 0 <= here - there <= SENTENCES_BACK:
            continue
        count = _counts().get(re.sub(r"\s+", " ", m.group(0).lower()), 1)
        value = plus_days(days[k].end or days[k].value, count)  # "3.–5. jūlijā … Nākamajā dienā": the 6th
        if value is not None:
            found.append(DateMention(value=value, end=None, anchored=days[k].anchored,
                                     relative=days[k].relative, span=doc.span(m.start(), m.end())))
    return found
