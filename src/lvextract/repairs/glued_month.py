"""A month's locative glued to the next word by a lost space, after a day number: "20.
jūlijāpasākums notika" is read "20. jūlijā" + "pasākums". Only the locative (a long vowel ends
it, and no Latvian word goes on from "jūlijā"; also typed with a plain "u", "julijā"), only with the day's number and dot right before
it, and only before a lower-case word of three letters or more (a capital opens the next field:
the date grammar reads that). The months' forms are data: latvian/data/calendar.toml, read by latvian/months.py."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.months import locative_forms
from ..latvian.orthography import LOWER
from ..segmentation import TokenOffsets

# The day's number and dot right before the token, on its line ("20. ", "20.").
DAY_BEFORE = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])\.[^\S\n]{0,2}$")
LOOK_BACK = 6  # characters: the longest day with its dot and spaces


@lru_cache(maxsize=1)
def _glued() -> re.Pattern:
    locatives = sorted(locative_forms(), key=lambda form: (-len(form), form))
    return re.compile(rf"(?i:{'|'.join(map(re.escape, locatives))})(?=[{LOWER}]{{3}})")


def split_glued_months(text: str, tokens: list[TokenOffsets]) -> list[TokenOffsets]:
    """Each token that opens with a month's locative glued to a lower-case word, after a day
    number, as two tokens. One anchored match per token: linear."""
    glued = _glued()
    out: list[TokenOffsets] = []
    for start, end in tokens:
        if end - start > 7 and text[start].isalpha() and (m := glued.match(text, start, end)) \
                and DAY_BEFORE.search(text, max(0, start - LOOK_BACK), start):
            out += ((start, m.end()), (m.end(), end))
        else:
            out.append((start, end))
    return out
