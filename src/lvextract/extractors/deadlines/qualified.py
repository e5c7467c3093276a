"""A date that qualifies a past passive participle, a state reached by then, not a term to act by:
"Līdz 2017. gada 1. decembrim reģistrētām personām jāreģistrējas līdz 1. martam", "biedrībām, kas
dibinātas līdz 1. decembrim, …" ([qualified] in deadlines.toml). A participle that is itself an
action's form ("līdz 31. oktobrim iesniegtie pieteikumi", "darbi, kas iesniegti līdz …": handing in
by then is asked) keeps the deadline. Two bounded reads and one bisection per date."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.verb_forms import is_verb_form
from ..deadline_cues import pattern
from .actions import actions_in


def _after_date() -> re.Pattern:
    """A participle in the dative right after the date: whom the sentence addresses, by their state."""
    return pattern("qualified", "after_date", r"[ \t]*,?[ \t]*(?<!\w)({})(?!\w)")


def _before_cue() -> re.Pattern:
    """A relative clause's participle right before the cue: what was done to its subject by then."""
    return pattern("qualified", "before_cue", r"(?<!\w)({})[ \t]+$")


# How far before the cue the relative pronoun and its participle may start.
BEFORE_REACH = 50


def _later_term() -> re.Pattern:
    """A preposition that governs a date ([cues] governing), the day's digits a few words on: the
    clause's own term after the qualified date."""
    return pattern("cues", "governing", r"(?<!\w){}\s+(?:[^\s\d]+\s+){0,3}?\d")


# How far after the date the clause's own term may be looked for.
LATER_REACH = 240


def qualified(doc: Document, cue_start: int, date_end: int, clause_end: int) -> bool:
    """Whether the date only tells by when a participle's state was reached: the participle a verb's
    form by its lemma ("reģistrētām" → reģistrēt; a noun so ending, "studentiem", "pilsētām", is
    none), no action word starting at it or at its relative pronoun, and the clause's own term
    after it ("… būs jāveic līdz 1. martam"). Without that term the date may still ask for the
    state by then ("līdz 5. martam reģistrētiem dalībniekiem nosūtīs programmu", as "kuri līdz
    1. oktobrim būs pieteikušies, saņems …" does)."""
    hit = _after_date().match(doc.text, date_end, min(len(doc.text), date_end + 40)) \
        or _before_cue().search(doc.text, max(0, cue_start - BEFORE_REACH), cue_start)
    if hit is None or not is_verb_form(hit.group(1).split()[-1]):
        return False
    if any(a.start < hit.end(1) for a in actions_in(doc, (hit.start(1), hit.end(1)))):
        return False
    return _later_term().search(doc.text, date_end, min(clause_end, date_end + LATER_REACH)) is not None
