"""A headline that reads as a sentence, told by the dateline under it.

"Līdz 2. jūnijam Ozolkalnes dome pieņems pieteikumus jauniešu projektu konkursam." is as long
as a body's first sentence and closes with a full stop; the page's date alone on the next line
("12.05.2019.") tells it heads the page. A body's paragraph is not followed by its page's date.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal import vocabulary as vocab
from .lines import SENTENCE_INSIDE

_HEADLINE_MAX = 200
_NUMERIC_DAY = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\.?"


@lru_cache(maxsize=1)
def _date_alone() -> re.Pattern:
    months = vocab.alternation(vocab.month_nominatives())
    written = rf"(?:19|20)\d\d\.\s?(?:gada|g\.)\s+\d{{1,2}}\.\s?(?:{months})"
    return re.compile(rf"(?:{_NUMERIC_DAY}|{written})\s*", re.IGNORECASE)


def headline_over_dateline(lines: list[str], n: int, line: str) -> bool:
    """One sentence on its own line, the next non-empty line a date alone."""
    if len(line) > _HEADLINE_MAX or SENTENCE_INSIDE.search(line):
        return False
    following = next((l.strip() for l in lines[n + 1:n + 4] if l.strip()), "")
    return _date_alone().fullmatch(following) is not None
