"""A report told in the historical present: "Šodien, 14. martā, tiek svinīgi atklātas jaunās
telpas … Pirms gada mēs nosvinējām …". The present ("tiek", "notiek") reads as planned when
the day is to come; on a day no later than the document's, among sentences told in the past,
the occurrence was held."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import Record
from .lexicon import present_words
from .status import status_words
from ...temporal.unknown_year import year_unknown

# How many sentences either side of the event's may tell the past.
PAST_SENTENCES = 2


def reported_present(doc: Document, record: Record) -> None:
    """Planned events whose sentence tells them only in the present, on a day no later than the
    document's, with a past tense word in a sentence near: held. O(events · sentences near)."""
    today = record.document_date
    if not today or len(today) != 10 or not record.events:
        return
    starts, kinds = status_words(doc)
    present = present_words()
    for event in record.events:
        if event.status != "planned" or not event.start or len(event.start) != 10 or event.start > today \
                or year_unknown(event.start) != year_unknown(today):  # a known year against "XXXX-03-09"
            continue
        i = doc.sentence_index(event.span.start)
        if i is None:
            continue
        own = doc.sentences[i]
        lo, hi = bisect.bisect_left(starts, own.start), bisect.bisect_left(starts, own.end)
        words = [WORD.match(doc.text, starts[k]).group(0).lower() for k in range(lo, hi) if kinds[k] == "planned"]
        if not words or any(w not in present for w in words):
            continue
        near = doc.sentences[max(0, i - PAST_SENTENCES):i + 1 + PAST_SENTENCES]
        if _held_in(starts, kinds, near[0].start, near[-1].end):
            event.status = "held"


def _held_in(starts: list[int], kinds: list[str], lo: int, hi: int) -> bool:
    return "held" in kinds[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


WORD = re.compile(r"\w+")
