"""A photo report's headline that opens with "FOTO:" ("FOTO: Mārča Auziņa autokoncerts Ādažos")
over the page's date alone: a credit line ("Foto: Anna Liepa") has no dateline under it and names a
person or an office, so a "FOTO:" line of four words or more, a lower-case word among them and no
office's or archive's name, right over a date alone is the headline, however many names it holds."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER
from ..vocabulary import load
from .dateline_below import headline_over_dateline

_LEAD = re.compile(r"(?:foto|video)\s*:\s*", re.IGNORECASE)
_WORDS_MIN = 4
# a headline's common noun or verb in lower case, longer than a conjunction: "autokoncerts"
_COMMON = re.compile(rf"[{LOWER}]{{4,}}")


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("titles")["site_name_heads"])


def photo_headline(lines: list[str], n: int, line: str) -> bool:
    m = _LEAD.match(line)
    if m is None:
        return False
    raw = [w.strip(".,;:") for w in line[m.end():].split()]
    words = [w.casefold() for w in raw]
    if len(words) < _WORDS_MIN or any(w in _office_words() or w.startswith("arhīv") for w in words):
        return False
    if not any(_COMMON.fullmatch(w) for w in raw):
        return False  # names only: a joint credit ("Foto: Anna Liepa un Jānis Ozols")
    return headline_over_dateline(lines, n, line)
