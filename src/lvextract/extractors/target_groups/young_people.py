"""Young people said as "jauni cilvēki" with their ages ("konkursā var piedalīties jauni cilvēki
līdz 30 gadiem", "jaunos cilvēkus vecumā no 16 līdz 25 gadiem"), in a sentence of taking part or
applying, are youth. Without the ages "jauni cilvēki" may be new people ("meklē jaunus cilvēkus
komandai"), so the ages are needed, and their upper bound within youth's (target_groups.toml
[aged_people] `youth_max`). Words: target_groups.toml [young_people]. Only where no youth was accepted."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import TargetGroup
from ..vocabulary import load
from .aged_people import add_if_invited
from .ages import LOW_MAYBE, age_range


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, int]:
    data = load("target_groups")
    c = data["young_people"]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(c["adjectives"]) + r")\s+(?:" + "|".join(c["nouns"]) + r")\w*\s+"
                         + age_range(LOW_MAYBE, dashes="-–") + r"\w*(?:\s+vecum\w*)?", re.I)
    return pattern, int(data["aged_people"]["youth_max"])


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    return tuple(load("target_groups")["young_people"]["nouns"])


def might_apply(text: str) -> bool:
    """Whether `text` holds one of [young_people] `nouns` at all ("cilvēk", "person", …): else no need to look."""
    return any(noun in text for noun in _nouns())


def young_people(reader, entries: dict[str, TargetGroup]) -> None:
    """Add youth said as "jauni cilvēki" with their ages to `entries` (id → group)."""
    if "youth" in entries or not might_apply(reader.doc.text):
        return
    pattern, youth_max = _words()
    for m in pattern.finditer(reader.doc.text):
        low = int(m["min"]) if m["min"] else None
        high = int(m["max"])
        if high <= youth_max and (low is None or low <= high) and add_if_invited(reader, entries, "youth", m, low, high):
            return
