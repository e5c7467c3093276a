"""A relative clause that equates the occurrence named before it with something else ("21. septembrī
notiks seriāla 6. posms, kas vienlaikus būs arī novada čempionāts"): the clause's nouns are a second
name of the same day (a title it also bears, a frame it belongs to), not an occurrence of their own,
so they are dropped before ranking and the noun before the comma (or the stage `rounds` finds there)
types the day (events.toml [equated_clause]). The clauses are found once per document; each noun is
looked up by bisection."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from .lexicon import vocabulary
from .noun_mention import NounMention


@lru_cache(maxsize=1)
def _clause() -> re.Pattern:
    data = vocabulary()["equated_clause"]
    # From the lead's comma to the next comma or stop: the clause the copula opens.
    return re.compile(rf",\s*(?:{alternation(data['leads'])})\s+(?:arī\s+)?(?:{alternation(data['copulas'])})"
                      r"\b[^,.!?;:\n]*", re.IGNORECASE)


def _clauses(doc: Document) -> tuple[list[int], list[int]]:
    found = [m.span() for m in _clause().finditer(doc.text)] if "," in doc.text else []
    return [s for s, _e in found], [e for _s, e in found]


def drop_equated(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """`nouns` without those inside a clause that equates the occurrence before it with them."""
    starts, ends = doc.derived("events.equated_clauses", _clauses)
    if not starts:
        return nouns
    kept = []
    for n in nouns:
        k = bisect.bisect_right(starts, n.start) - 1
        if k >= 0 and n.start < ends[k]:
            continue  # "…, kas vienlaikus būs arī novada čempionāts": the stage's second name
        kept.append(n)
    return kept
