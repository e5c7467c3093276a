"""Event nouns that are also the unit of a measure ([measure_units] in events.toml): "balle" is a
dance and a point of a score."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _measure_patterns() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    data = vocabulary()["measure_units"]
    numerals = literals(data["numerals"])
    scales = literals(data["scales"])
    # Not an hour: "plkst. 22.00 balle", "pulksten 21 balle" ("7.5" is read as an hour too).
    before = re.compile(rf"(?:(?<![\d.:,])(?<!plkst\. )(?<!plkst )(?<!pulksten )\d+(?:,\d+)?"
                        rf"|(?<!\w)(?:{numerals})\w*)[\s-]*$", re.IGNORECASE)
    return frozenset(data["kinds"]), before, re.compile(rf"\s+(?:{scales})", re.IGNORECASE)


def measure_unit(doc: Document, noun) -> bool:
    """"virs 7,5 ballēm", "25 baļļu sistēmā": a score's point, not a dance ([measure_units])."""
    kinds, before, scale = _measure_patterns()
    return noun.kind in kinds and bool(before.search(doc.text, max(0, noun.start - 20), noun.start)
                                       or scale.match(doc.text, noun.end))
