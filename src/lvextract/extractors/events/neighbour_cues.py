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
