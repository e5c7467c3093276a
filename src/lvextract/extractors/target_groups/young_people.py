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


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, int]:
    data = load("target_groups")
    c = data["young_people"]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(c["adjectives"]) + r")\s+(?:" + "|".join(c["nouns"]) + r")\w*\s+"
                         r"(?:vecumā\s+)?(?:no\s+(\d{1,2})\s*)?(?:līdz|-|–)\s*(\d{1,2})\s+gad\w*(?:\s+vecum\w*)?", re.I)
    return pattern, int(data["aged_people"]["youth_max"])


def young_people(reader, entries: dict[str, TargetGroup]) -> None:
    """Add youth said as "jauni cilvēki" with their ages to `entries` (id → group)."""
    if "youth" in entries or "cilvēk" not in reader.doc.text:
        return
    pattern, youth_max = _words()
    for m in pattern.finditer(reader.doc.text):
        low = int(m.group(1)) if m.group(1) else None
        high = int(m.group(2))
        if high > youth_max or (low is not None and low > high) \
                or not (reader.in_participation_sentence(m.start()) or reader.in_applying_sentence(m.start())):
            continue
        span = reader.doc.span(m.start(), m.end())
        entries["youth"] = TargetGroup(id="youth", text=" ".join(span.text.split()), age_min=low, age_max=high, span=span)
        return
