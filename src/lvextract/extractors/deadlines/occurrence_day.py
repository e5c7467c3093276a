"""A window on the occurrence's own day, an alternative to the term before it: "Pieteikties līdz
10. maijam vai sacensību dienā līdz plkst. 9:00", "Būs iespēja pieteikties arī sacensību vietā līdz
11:30". The clock time closes the day of the occurrence ([cues] occurrence_day), named earlier in
the text, maybe paragraphs before: not the term's own day the clause names first.
"""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention, DateRole
from ..deadline_cues import pattern

# How far back the occurrence's day may be named, and how far before the clock time its cue stands.
OCCURRENCE_REACH = 3000
CUE_REACH = 60


def _cue() -> re.Pattern:
    return pattern("cues", "occurrence_day", r"(?<!\w){}(?!\w)")


def occurrence_day(doc: Document, days: list[DateMention], i: int, cue_start: int) -> DateMention | None:
    """The last day before the window that is no term of its own, when an occurrence-day cue
    stands on the window's line right before it; else None."""
    line_start = doc.text.rfind("\n", 0, cue_start) + 1
    if _cue().search(doc.text, max(line_start, cue_start - CUE_REACH), cue_start) is None:
        return None
    for day in reversed(days[:i + 1]):
        if cue_start - day.span.end > OCCURRENCE_REACH:
            return None
        if day.role != DateRole.deadline.value:
            return day
    return None
