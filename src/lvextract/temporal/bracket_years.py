"""Years in brackets after a name: a life's ("gleznotājs Jānis Ozols (1890-1961)") or a work's
("filma “Ozoli” (1975)"), and whatever else the life's bracket tells ("(1906 – 1991; 2002. gadā
pārapbedīts …)"). They date the person or the work, not the days of the sentence around them:
no frame of RECORD.md's step 2, no earlier range of step 3. O(1) per date: a bounded look back.
"""
from __future__ import annotations

import re

from .date_atom import Atom
from .date_patterns import DASH, LIFE_YEAR
from .year_rule_actions import LIFE_SHORTEST

# The bracket opens with a life's two years, then closes or goes on after a comma or semicolon.
_LIFE_OPEN = re.compile(rf"\((?P<y1>{LIFE_YEAR})[^\S\n]{{0,2}}{DASH}[^\S\n]{{0,2}}(?P<y2>{LIFE_YEAR})[^\S\n]*[);,]")
_WINDOW = 120  # how far back the bracket's opening may lie
RULES = ("bracketed_years", "bracketed_year")


def in_bracket_aside(text: str, atom: Atom) -> bool:
    if atom.rule in RULES:
        return True
    opening = text.rfind("(", max(0, atom.start - _WINDOW), atom.start)
    if opening < 0 or ")" in text[opening:atom.start] or "\n" in text[opening:atom.start]:
        return False
    life = _LIFE_OPEN.match(text, opening)
    # (a life spans years: a short span is a school year's or a programme's period, "(2023-2024)")
    return life is not None and int(life["y2"]) - int(life["y1"]) >= LIFE_SHORTEST
