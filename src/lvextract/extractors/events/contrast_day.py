"""A date's clause whose noun stands past a contrast that another day opens ("Sestdien uzstāsies
grupa «Ozoli», bet svētdien dievkalpojums"): the noun is that day's item, and the first day takes
nothing from it (its own verb may still name its occurrence). The contrasts that open with a day
are found once per document; O(log n) per date."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention
from .noun_mention import NounMention
from .offsets import any_between

# ", bet svētdien", ", savukārt 9. augustā": a contrast whose next words are a weekday or a day and month.
DAY_CONTRAST = re.compile(
    r"[,;]\s*(?:bet|savukārt|turpretī|taču)\s+(?:(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā|u|as)?\b"
    r"|\d{1,2}\.\s*(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr))",
    re.IGNORECASE)


def _starts(doc: Document) -> list[int]:
    return [m.start() for m in DAY_CONTRAST.finditer(doc.text)]


def other_days_item(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether a contrast opened by another day stands between the date and the noun after it."""
    if noun.start < mention.span.end:
        return False
    return any_between(doc.derived("events.contrast_day", _starts), (mention.span.end, noun.start))
