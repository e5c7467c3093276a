"""A neighbouring sentence that adds another occurrence lends no noun to a date's clause: "6. jūnijā
plkst. 19 uzstāsies deju ansamblis. Svētku programmā iekļauts arī čempionāts" — the championship is
another item of the programme, not what the day's clause tells. O(1) per asked clause."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = vocabulary()["neighbour_other"]
    opens = re.compile(rf"[\s•*–-]*(?:{'|'.join(data['openers'])})", re.IGNORECASE)
    reach = int(data["also_reach"])
    also = re.compile(rf"(?<!\w)(?:{literals(data['also'])})\s+(?:[^\W\d_]+\s+){{0,{reach - 1}}}$", re.IGNORECASE)
    return opens, also


def adds_other(doc: Document, clause: tuple[int, int], noun) -> bool:
    """Whether the clause holding the noun adds another occurrence: it opens with what a programme
    holds, or "arī" stands in the few words before the noun."""
    opens, also = _patterns()
    if opens.match(doc.text, clause[0], clause[1]):
        return True
    return also.search(doc.text, max(clause[0], noun.start - 60), noun.start) is not None


@lru_cache(maxsize=1)
def _since() -> re.Pattern:
    words = "|".join(vocabulary()["neighbour_other"]["since"])
    return re.compile(rf"[\s•*–-]*(?:[^\W\d_]+\s+){{0,2}}?(?:{words})(?!\w)", re.IGNORECASE)


def ongoing_since(doc: Document, clause: tuple[int, int]) -> bool:
    """Whether the clause opens with a practice going on since a past time ("Jau kopš … rīko …")."""
    return _since().match(doc.text, clause[0], clause[1]) is not None
