"""Occurrences whose own lines tell no tense (an event card "Datums: … Laiks: … Vieta: …", a series'
calendar "5. jūlijā – koris …") in a text that invites to them ("Aicinām", "Gaidīsim!", "būs"): they are
to come, so planned ([invited] in events.toml). Not when a past tense stands near the event's lines, nor
when the day lies before the document's own."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import Record
from .lexicon import invitation_cues
from .status import status_words
from ...temporal.unknown_year import year_unknown

# How many sentences either side of the event's must tell no past.
NEAR_SENTENCES = 2

# The perfect, which the tense words do not list, in the event's own sentence: "ir izsludinājusi"
# (near it, "visi, kuri ir nolēmuši piedalīties" tells a decision about what is to come).
PERFECT = re.compile(r"(?<!\w)(?:ir|bija|nav)\s+(?:\w+\s+)?\w+(?:jis|jusi|juši|jušas|usi|uši|ušas|ušies|jušies)(?!\w)",
                     re.IGNORECASE)


def _before_document(event, today: str | None) -> bool:
    # A known year is never compared with an unknown one ("XXXX-03-09", an agency's dateline).
    return bool(today) and len(event.start) == len(today) and year_unknown(event.start) == year_unknown(today) \
        and event.start < today


def invited_status(doc: Document, record: Record) -> None:
    """Events with no status, in a text with an invitation and no past near them: planned."""
    if not any(e.status is None and e.start for e in record.events) or not invitation_cues().search(doc.text):
        return
    starts, kinds = status_words(doc)
    for event in record.events:
        if event.status is not None or not event.start or event.span is None \
                or _before_document(event, record.document_date):
            continue
        i = doc.sentence_index(event.span.start)
        if i is None:
            continue
        near = doc.sentences[max(0, i - NEAR_SENTENCES):i + 1 + NEAR_SENTENCES]
        lo, hi = bisect.bisect_left(starts, near[0].start), bisect.bisect_left(starts, near[-1].end)
        own = doc.sentences[i]
        if "held" not in kinds[lo:hi] and not PERFECT.search(doc.text, own.start, own.end):
            event.status = "planned"
