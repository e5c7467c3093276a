"""An open start ("no 1. jūlija", no end after it) told after another day in its sentence ("valdības
sēdē 2. jūnijā ziņos par darbu no 1. jūlija"): the sentence's occurrence is on the other day, and
this one only says from when something holds, as "kopš" does. Not when a verb of taking place or
beginning follows it ("…, bet no 6. maija sāksies kursi"). So is one told from a near day in the
genitive, with its date beside it or alone ("jau no šodienas, 1. jūlija, tā būs pamatskola"; events.toml
[open_start] near_days), with no other day needed. O(1) per date: fixed windows."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import DASH
from ...record import DateMention
from .lexicon import begins_pattern, happens_pattern, vocabulary
from .offsets import sentence_at

OPEN_FROM = re.compile(r"(?<!\w)no\s+$", re.IGNORECASE)
BOUND_AFTER = re.compile(rf"\s*(?:līdz\b|{DASH})", re.IGNORECASE)
# A day told by its month word or in digits: "2. jūnijā", "02.06.".
OTHER_DAY = re.compile(r"(?<!\d)\d{1,2}\.\s*(?:(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr"
                       r"|novembr|decembr)\w*|\d{1,2}\.)", re.IGNORECASE)
# How far back the other day may stand, and how far on a verb may follow.
REACH = 150


@lru_cache(maxsize=1)
def _from_near_day() -> tuple[re.Pattern, re.Pattern]:
    """"no šodienas, " right before a date; "no " right before the near day itself."""
    days = "|".join(map(re.escape, vocabulary()["open_start"]["near_days"]))
    return (re.compile(rf"(?<!\w)no\s+(?:{days})\s*,\s*$", re.IGNORECASE),
            re.compile(rf"(?:{days})(?!\w)", re.IGNORECASE))


def _from_near_day_start(doc: Document, mention: DateMention) -> bool:
    """"jau no šodienas, 1. jūlija, tā būs …" (the date or the near day itself): from when it holds."""
    text, start, end = doc.text, mention.span.start, mention.span.end
    before, day = _from_near_day()
    told = before.search(text, max(0, start - 30), start) is not None \
        or (OPEN_FROM.search(text, max(0, start - 4), start) is not None and day.fullmatch(text, start, end) is not None)
    if not told or BOUND_AFTER.match(text, end):
        return False
    sentence = sentence_at(doc, start)
    after = min(sentence.end if sentence is not None else len(text), end + REACH)
    return happens_pattern().search(text, end, after) is None and begins_pattern().search(text, end, after) is None


def open_start(doc: Document, mention: DateMention) -> bool:
    if mention.end is not None:
        return False
    if _from_near_day_start(doc, mention):
        return True
    start, end, text = mention.span.start, mention.span.end, doc.text
    if OPEN_FROM.search(text, max(0, start - 4), start) is None or BOUND_AFTER.match(text, end):
        return False
    sentence = sentence_at(doc, start)
    if sentence is None:
        return False
    before = max(sentence.start, start - REACH)
    if OTHER_DAY.search(text, before, start - 3) is None:
        return False
    after = min(sentence.end, end + REACH)
    return happens_pattern().search(text, end, after) is None and begins_pattern().search(text, end, after) is None
