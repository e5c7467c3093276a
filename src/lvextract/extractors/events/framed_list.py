"""A list of what an occurrence holds, after a colon its frame opens ("Dārza svētkos 13. augustā
notiks: apkaimes ekskursija, radošās darbnīcas un cirka priekšnesumi"): the sentence names the
occurrence in the locative as the frame of what takes place, and the colon lists its programme. The
listed nouns are its parts, no events of their own; the frame's occurrence is the day's event (the
adjudicated and the blind gold write only the feast). Only when an event of the frame noun's type
is on the same day, and only nouns after the colon in the sentence. The verbs before the
colon and the locative endings of the frame noun are events.toml [framed_list]. A finishing pass,
O(events · log nouns)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from ...word_regex import alternation
from .lexicon import vocabulary
from .nouns import event_nouns, noun_starts
from .offsets import sentence_at


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, tuple[str, ...]]:
    data = vocabulary()["framed_list"]
    verbs = alternation(data["verbs"])
    return re.compile(rf"(?<!\w)(?:{verbs})\s*:", re.IGNORECASE), tuple(data["locative_endings"])


def _frame_kind(doc: Document, start: int, colon: int) -> str | None:
    """The kind of the first event noun in the locative between the sentence's start and the colon."""
    nouns, starts = event_nouns(doc), noun_starts(doc)
    endings = _patterns()[1]
    i = bisect.bisect_left(starts, start)
    while i < len(nouns) and nouns[i].start < colon:
        noun = nouns[i]
        if doc.text[noun.start:noun.end].lower().endswith(endings):
            return noun.kind
        i += 1
    return None


def drop_framed_list(doc: Document, record: Record) -> None:
    colon_verb = _patterns()[0]
    by_day: dict[str, set[str]] = {}
    for e in record.events:
        if e.start is not None:
            by_day.setdefault(e.start, set()).add(e.type)
    frames: dict[int, tuple[int, str | None]] = {}  # sentence start → (colon end, frame kind)

    def listed(e) -> bool:
        if e.start is None or e.span is None or e.span.end <= e.span.start:
            return False
        sentence = sentence_at(doc, e.span.end - 1)  # the sentence of the event's noun
        if sentence is None:
            return False
        if sentence.start not in frames:
            m = colon_verb.search(doc.text, sentence.start, sentence.end)
            frames[sentence.start] = (m.end(), _frame_kind(doc, sentence.start, m.start())) if m else (-1, None)
        colon_end, kind = frames[sentence.start]
        return kind is not None and kind != e.type and colon_end < e.span.end <= sentence.end \
            and kind in by_day.get(e.start, ())

    record.events[:] = [e for e in record.events if not listed(e)]
