"""The generic word as the object of organising, with its own quoted name, in the sentence after a dated
invitation: "12. februārī plkst. 12 uz tautas namu aicināti iedzīvotāji. Biedrība organizē pasākumu
„Dzīves vide”." The name makes it the one occurrence the date's sentence invites to, as "Pasākums notiks
…" does (neighbour_clause._generic_subject). Data: events.toml [organised_generic]."""
from __future__ import annotations

import re

from .lexicon import invitation_cues, listed_pattern

QUOTES = "„“\"«"


def _pattern() -> re.Pattern:
    return listed_pattern("organised_generic", r"(?<!\w)(?:{verbs})\s+(?:[^\W\d_]+\s+){0,2}?({objects})\s*[" + QUOTES + "]")


# How far back the sentence before may reach.
BEFORE_REACH = 300


def organised_generic(text: str, bounds: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the generic object ("pasākumu") in text[bounds], when an organising verb takes it
    with a quoted name after it and the sentence before invites ("aicināti", "gaidīsim"): without the
    invitation the dated sentence may tell something else ("12. februārī biedrība saņēma atbalstu")."""
    m = _pattern().search(text, bounds[0], bounds[1])
    if m is None:
        return None
    before = re.split(r"[.!?]\s", text[max(0, bounds[0] - BEFORE_REACH):bounds[0]].rstrip())[-1]
    return m.span(1) if invitation_cues().search(before) else None
