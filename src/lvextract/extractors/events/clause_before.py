"""The relative clause a day stands in: the last opening (a comma and a relative pronoun) within a
reach before the day with no clause's end between — shared by `life_stage` ("karavīri, kuri
dienestu uzsāka 19. jūlijā") and `kept_day_clause` ("gadadienai, kura tiek atzīmēta 16.
februārī"). O(reach) per date."""
from __future__ import annotations

import re

# Where a clause ends: a stop, a colon, a comma, a line break; not a day's or a number's dot.
CLAUSE_END = re.compile(r"[,;:!?\n]|(?<!\d)\.(?!\s*\d)")


def clause_opening(text: str, start: int, opening: re.Pattern, reach: int) -> re.Match | None:
    """The last match of `opening` within `reach` characters before `start`, when no clause ends
    between it and `start`; else None."""
    found = None
    for m in opening.finditer(text, max(0, start - reach), start):
        found = m
    if found is None or CLAUSE_END.search(text, found.end(), start):
        return None
    return found
