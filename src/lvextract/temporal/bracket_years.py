"""Years in brackets after a name: a life's ("gleznotājs Jānis Ozols (1890-1961)") or a work's
("filma “Ozoli” (1975)"), and whatever else the life's bracket tells ("(1906 – 1991; 2002. gadā
pārapbedīts …)"). They date the person or the work, not the days of the sentence around them:
no frame of RECORD.md's step 2, no earlier range of step 3. O(1) per date: a bounded look back.
"""
from __future__ import annotations

import re

from .date_atom import Atom

# The bracket opens with a life's two years, then closes or goes on after a comma or semicolon.
_LIFE_OPEN = re.compile(r"\((?:1[5-9]|20)\d\d[^\S\n]{0,2}[-–—][^\S\n]{0,2}(?:1[5-9]|20)\d\d[^\S\n]*[);,]")
_WINDOW = 120  # how far back the bracket's opening may lie
RULES = ("bracketed_years", "bracketed_year")


def in_bracket_aside(text: str, atom: Atom) -> bool:
    if atom.rule in RULES:
        return True
    opening = text.rfind("(", max(0, atom.start - _WINDOW), atom.start)
    if opening < 0 or ")" in text[opening:atom.start] or "\n" in text[opening:atom.start]:
        return False
    return _LIFE_OPEN.match(text, opening) is not None
