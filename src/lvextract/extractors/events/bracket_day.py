"""A day in brackets glued to an event noun ("gatavojoties forumam (2024. gada 3.–4. maijs)",
"Konferencē (12.05.2023.) piedalījās …"): the day is that noun's, whatever its case or its rank
(a time reference such as "gatavojoties …" included); the bracket says whose day it is. O(log n)."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import DateMention
from .noun_mention import NounMention
from .nouns import event_nouns, noun_starts


def bracketed_noun(doc: Document, mention: DateMention) -> NounMention | None:
    text = doc.text
    open_at = text.rfind("(", max(0, mention.span.start - 3), mention.span.start)
    if open_at < 0 or text[open_at + 1:mention.span.start].strip():
        return None
    end = open_at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    k = bisect.bisect_left(noun_starts(doc), end) - 1
    if k < 0:
        return None
    noun = event_nouns(doc)[k]
    return noun if noun.end == end else None
