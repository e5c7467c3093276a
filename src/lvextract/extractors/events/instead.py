"""A day told "instead" of an occurrence called off in the sentence before ("Tiek atcelts
tradicionālais lāpu gājiens. Tā vietā aicinām 11. novembrī iedegt sveces logos."): the day is
what people are asked to do in its place, so the called-off kind it borrowed from the sentence
before is no occurrence of that day. O(log n) per event: the nouns are found once."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from ...record import Record
from .cancelled import cancel_cues
from .nouns import event_nouns, noun_starts
from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    return re.compile(rf"[\s\W]*(?:{alternation(vocabulary()['instead']['openers'])})(?!\w)", re.IGNORECASE)


def drop_instead_days(doc: Document, record: Record) -> None:
    """Drop an event whose day's sentence opens by an "instead" word, when the sentence before
    calls off a noun of the event's kind and the day's own sentence names no noun of that kind."""
    if not record.events:
        return
    nouns, starts = event_nouns(doc), noun_starts(doc)
    cues = cancel_cues()

    def kinds_in(start: int, end: int) -> set[str]:
        k = bisect.bisect_left(starts, start)
        found = set()
        while k < len(nouns) and nouns[k].start < end:
            found.add(nouns[k].kind)
            k += 1
        return found

    def instead(event) -> bool:
        i = doc.sentence_index(event.span.start)
        if i is None or i == 0:
            return False
        here, before = doc.sentences[i], doc.sentences[i - 1]
        if not _opener().match(doc.text, here.start, here.end):
            return False
        if event.type in kinds_in(here.start, here.end):
            return False  # "Tā vietā 11. novembrī notiks koncerts": the day's own occurrence
        return event.type in kinds_in(before.start, before.end) \
            and cues.search(doc.text, before.start, before.end) is not None

    record.events[:] = [e for e in record.events if not instead(e)]
