"""A cued date inside a condition, with the action in the main clause after it: "Ja rēķins nav
saņemts līdz 10. martam, lūdzam zvanīt" asks to call after the date, not by it, so the date is
no deadline. "Ja vēlaties pieteikties līdz 10. martam, rakstiet …" keeps the condition's own
action before the cue (not vetoed here)."""
from __future__ import annotations

import re

from ...document import Document
from ..deadline_cues import pattern
from .actions import ActionMention

# How far before the cue the opener of the condition may stand.
CONDITION_REACH = 100
# The comma that closes the condition between the date and the main clause's action.
CLOSING_COMMA = re.compile(r"[^.;:!?\n]*,")


def _open_condition() -> re.Pattern:
    """The opener ([barriers] condition) with no comma or sentence end up to the cue."""
    return pattern("barriers", "condition", r"(?<!\w){}(?!\w)[^,.;:!?\n–—]*$")


def condition_date(doc: Document, action: ActionMention, cue_start: int, date_end: int) -> bool:
    """Whether the cue stands in an open "ja …" clause and the action comes after the comma that
    closes it. Bounded reads around the cue and the date."""
    if action.start < date_end:
        return False
    if CLOSING_COMMA.match(doc.text, date_end, action.start) is None:
        return False
    return _open_condition().search(doc.text, max(0, cue_start - CONDITION_REACH), cue_start) is not None
