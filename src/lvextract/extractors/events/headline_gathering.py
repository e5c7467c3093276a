"""A clause that tells only that people went, came or gathered on its day ("31.oktobrī skolēni
devās uz bibliotēku", "3.oktobrī bibliotēkā kopā sanāca novada dzejnieki") under a headline that
names the occurrence by a noun ("Mācību ekskursija …", "Dzejas diena …"): the headline's occurrence
took place that day, as a clause saying "notika" would tell. The verbs (events.toml
[headline_gathering]) are found once per document; a clause asks by bisection, O(log n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary
from .offsets import any_between


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(vocabulary()["headline_gathering"]["verbs"])


def _starts(doc: Document) -> list[int]:
    verbs = _verbs()
    return [m.start() for m in re.finditer(r"[^\W\d_]+", doc.text) if m.group(0).lower() in verbs]


def gathered(doc: Document, bounds: tuple[int, int]) -> bool:
    """Whether the clause has a verb of going, coming or gathering."""
    return any_between(doc.derived("events.headline_gathering", _starts), bounds)
