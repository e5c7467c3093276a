"""Days announced by their count ("Sacensības norisināsies divas dienas: 12. decembrī no plkst. 16
un 13. decembrī no plkst. 16"): the consecutive days after the count are one occurrence, even where
each day tells its own hour again. Without the count the same shape may be a series (a play given
on two evenings), which stays one event a day (RECORD.md)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...temporal.date_patterns import MINUTE
from ...temporal.times import CLOCK_HOUR
from .hour_abbreviation import CLOCK_WORD
from .lexicon import literals, vocabulary

# How far back from the first day the count may stand: the clause that opens with it ("… notiks
# divas dienas –", "Divu dienu turnīrs …"). A fixed window keeps the look-back constant per event.
_REACH = 120


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    """A number word of days ≥ 2, in the accusative or the genitive ("divas dienas", "trīs dienu"):
    data/events.toml [counted_days]."""
    v = vocabulary()["counted_days"]
    return re.compile(rf"\b(?:{literals(v['numbers'])}|[2-9]|[1-9]\d)\s+(?:{literals(v['days'])})\b", re.IGNORECASE)


_HOUR = rf"{CLOCK_HOUR}(?:[.:]{MINUTE})?"
# What leads to the next day past its hours: "un", a comma, the next day's weekday ("un sestdien,").
_TO_NEXT_DAY = r"[\s.,;]*(?:un|,)?[\s,]*(?:[^\W\d_]+dien[\s,]*)?"
# The hour told again for a day before the next one: "no pulksten 16:00 un", "plkst. 10, ".
HOUR_JOIN = re.compile(rf"[\s,]*(?:no\s+|ap\s+)?{CLOCK_WORD}\s*{_HOUR}{_TO_NEXT_DAY}", re.IGNORECASE)
# An exhibition or a fair open on consecutive days, each with its hours ("5. oktobrī no plkst. 10 līdz
# 18 un 6. oktobrī no 10 līdz 16"): the hours are opening hours (RECORD.md), the days one occurrence.
OPEN_HOURS_JOIN = re.compile(rf"[\s,]*(?:no\s+)?{CLOCK_WORD}?\s*{_HOUR}\s*(?:–|-|—|līdz)\s*{_HOUR}{_TO_NEXT_DAY}",
                             re.IGNORECASE)


def counted_join(doc: Document, first_start: int, grower_end: int, next_start: int) -> bool:
    """The next day follows the last one past only its hour, and a count of days stands in the
    sentence before the first day."""
    if not HOUR_JOIN.fullmatch(doc.text, grower_end, next_start):
        return False
    before = doc.text[max(0, first_start - _REACH):first_start]
    stop = max(before.rfind(". "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    return _count().search(before, stop + 1) is not None
