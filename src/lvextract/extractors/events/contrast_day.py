"""A date's clause whose noun stands past a contrast that another day opens ("Sestdien uzstāsies
grupa «Ozoli», bet svētdien dievkalpojums"): the noun is that day's item, and the first day takes
nothing from it (its own verb may still name its occurrence). The contrasts that open with a day
are found once per document; O(log n) per date."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.orthography import UPPER
from ...record import DateMention
from .noun_mention import NounMention
from .offsets import any_between, sentence_at
from .ranking import CONTRAST

# ", bet svētdien", ", savukārt 9. augustā": a contrast whose next words are a weekday or a day and month.
DAY_CONTRAST = re.compile(
    r"[,;]\s*(?:bet|savukārt|turpretī|taču)\s+(?:(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā|u|as)?\b"
    r"|\d{1,2}\.\s*(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr))",
    re.IGNORECASE)

# A day and its month in words, or a numeric day, after the noun on the contrast's far side.
OWN_DAY = re.compile(
    r"\b\d{1,2}\.\s*(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)"
    r"|\b\d{1,2}\.\d{1,2}\.", re.IGNORECASE)
# How far past the noun its own day may stand.
OWN_DAY_REACH = 80
# A sentence's end the splitter may have passed over after a number ("no plkst. 12 līdz 18. Savukārt …").
_STOP = re.compile(rf"[.!?]\s+[{UPPER}]")


def _starts(doc: Document) -> list[int]:
    return [m.start() for m in DAY_CONTRAST.finditer(doc.text)]


def other_days_item(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether a contrast opened by another day stands between the date and the noun after it."""
    if noun.start < mention.span.end:
        return False
    return any_between(doc.derived("events.contrast_day", _starts), (mention.span.end, noun.start)) \
        or dated_far_side(doc, mention, noun)


def dated_far_side(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether the noun stands past a contrast after the date and its own day follows it in the
    sentence ("Teātris 5. maijā viesosies Ventspilī, bet izrādi «Zagļi» rādīs Ozolos 12. maijā"):
    the far side's occurrence, on its own day. O(1): two bounded windows."""
    if noun.start < mention.span.end or CONTRAST.search(doc.text, mention.span.end, noun.start) is None:
        return False
    sentence = sentence_at(doc, noun.start)
    hi = min(noun.end + OWN_DAY_REACH, sentence.end if sentence is not None else len(doc.text))
    stop = _STOP.search(doc.text, noun.end, hi)
    hi = stop.start() if stop is not None else hi
    return OWN_DAY.search(doc.text, noun.end, hi) is not None
