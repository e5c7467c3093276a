"""A visit's place told right before its verb ("24. februārī Limbažos viesojās deputāti", "9. decembrī
Ozolu pagastā ciemojās delegācija"): the reflexive past of the verb ends as a plural locative does
("viesojās", "ciemojās"), so the venue rules read the town as an adjective of it and place the visit
nowhere. For an event of a visit's type ([visited_town] types) still placed nowhere, the venue is read
again in its span up to the verb alone. O(events · log n): the verbs are found once per document."""
from __future__ import annotations

import bisect

from ...document import Document
from ...latvian import places
from ...record import Record
from .lexicon import event_stems, vocabulary
from .verbs import occurrence_verbs


def place_before_verbs(doc: Document, record: Record) -> None:
    types = frozenset(vocabulary()["visited_town"]["types"])
    starts = None
    for event in record.events:
        if event.place is not None or event.type not in types or event.span is None:
            continue
        if starts is None:
            starts = doc.derived("events.verbs", occurrence_verbs)[0]
        k = bisect.bisect_left(starts, event.span.start)
        if k >= len(starts) or starts[k] >= event.span.end:
            continue
        groups = places.venue_candidates(doc, (event.span.start, starts[k]), [], not_venues=event_stems())
        event.place = places.pick_venue(groups)
