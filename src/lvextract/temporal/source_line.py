"""A closing source line: its label, the source's name, a stop or a comma, then the day the page
took the text ("Informācijas avots: Ozolu novada dome. 14.05.2012", "Avots: Zemkopības ministrija,
2014. gada 3. marts"). A ministry's or an agency's release reposted by a portal ends so; the day is
the repost's, as another closing stamp's is (org_byline.office_byline). Split from document_date
by concern."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import LOWER, UPPER
from . import vocabulary as vocab
from .bylines import SOURCE_DOMAIN

# The source's name: one to ten words of letters (quotes, dots and hyphens inside: "Z. Ozola",
# "„Ozoli”"), a comma between them only before a lower-case word ("Izglītības, kultūras un sporta
# pārvalde"); then the separator right before the date. Words between the name and the date ("…,
# dati uz 01.01.2016") leave no separator there: a figure's reference day, no dateline.
_NAME = rf"[„\"“«]?[{UPPER}][^\W\d_]*[.”\"»]?(?:(?:,[^\S\n]+(?=[{LOWER}])|[^\S\n]+)[„\"“«]?[^\W\d_][^\W\d_.-]*[.”\"»-]?){{0,9}}"


@lru_cache(maxsize=1)
def _source_line() -> re.Pattern:
    """The label, a colon, the name (or the source site's domain: "Avots: www.ozoli.lv, …") and its
    separator ([document_date] source_labels)."""
    return vocab.document_date_pattern(rf"[^\S\n]*(?i:{{source_labels}})[^\S\n]*:[^\S\n]*"
                                       rf"(?:(?i:{SOURCE_DOMAIN})|{_NAME})[^\S\n]*[.,][^\S\n]*")


def source_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a source line's label and name before the date."""
    return _source_line().fullmatch(text, start, end) is not None
