"""What stands between an action and its date so that the action is not the date's.

A subclause break ("…, kas notiks līdz"), a condition ("Ja grib pieteikt vēlāk, tad līdz …"),
the organiser's own work ("to izvērtēšana tiks veikta") and a verb of duration ("turpināsies
līdz"). Breaks, conditions and the organiser's work are matched once per document and asked
about by bisection; a verb of duration is looked for in a short window before the cue.
"""
from __future__ import annotations

import re

from ...document import Document
from ..deadline_cues import pattern
from .actions import ActionMention
from .matches import any_between, spans_of


# Punctuation that ends a subclause: what a verb of duration after it continues is not the
# action named before it.
SUBCLAUSE_BREAK = re.compile(r"[,;:–—()]")


def _barrier() -> re.Pattern:
    """What separates a condition from the deadline after it ("Ja grib pieteikt vēlāk, tad līdz
    …"): an action before it is the condition's, not the date's."""
    return pattern("barriers", "between")


def period_verb() -> re.Pattern:
    """A verb that says how long the action named earlier lasts ("Reģistrācija … turpināsies līdz")."""
    return pattern("cues", "period_verbs", r"(?<!\w){}\s*$")


def organiser() -> re.Pattern:
    return pattern("barriers", "organiser", r"(?<!\w){}(?!\w)")


def organised(doc: Document, action: ActionMention, cue_start: int, date_end: int) -> bool:
    """Whether the organiser's work ("to izvērtēšana tiks veikta") stands between the action
    and the cue, or between the date and an action after it: O(log n)."""
    lo, hi = (action.end, cue_start) if action.end <= cue_start else (date_end, action.start)
    return any_between(spans_of(doc, "deadlines.organiser", organiser()), lo, hi)


def conditioned(doc: Document, action: ActionMention, cue_start: int) -> bool:
    """Whether a barrier ("…, tad") stands between an action before the cue and the cue."""
    return action.end <= cue_start and any_between(spans_of(doc, "deadlines.barriers", _barrier()), action.end, cue_start)


def subclause_break(doc: Document, start: int, end: int) -> bool:
    return any_between(spans_of(doc, "deadlines.breaks", SUBCLAUSE_BREAK), start, end)
