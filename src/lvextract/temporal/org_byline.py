"""An organisation's byline before the date, as a news module prints it: the author's (often an
association's or an office's) name, a blank, a comma and the date ("Biedrība Ozols , 05-04-2022",
"LOSP , 01-03-2023"). The blank before the comma is the template's, never a sentence's, so the
name need not be one the name data knows."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import UPPER
from . import vocabulary as vocab

# At most five words, the first capitalised (an acronym, a quoted name); the line's text before the
# date ends in "<blank>," exactly.
_ORG_BYLINE = re.compile(rf"[^\S\n]*[{UPPER}\"„“«][^\s,]*(?:[^\S\n]+[^\s,]+){{0,4}}[^\S\n]+,[^\S\n]*")


def org_byline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an organisation's name and the template's " , " before the date."""
    return _ORG_BYLINE.fullmatch(text, start, end) is not None


@lru_cache(maxsize=1)
def _office_byline() -> re.Pattern:
    """An office's name closing with its noun in the nominative, a comma, then the date: "Ozolu novada
    dome, 12.02.2009.", "Izglītības, kultūras un sporta pārvalde, 02.11.2021" ([document_date]
    office_nouns). Up to ten words, no sentence's stop among them."""
    return vocab.document_date_pattern(rf"[^\S\n]*[{UPPER}][^\W\d_]*(?:,?[^\S\n]+[^\W\d_]+){{0,9}}?[^\S\n]+(?i:{{office_nouns}})"
                                       r"[^\S\n]*,[^\S\n]*")


def office_byline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an office's name and a comma before the date, as a press release
    signs off: the office that wrote it, and the day."""
    return _office_byline().fullmatch(text, start, end) is not None
