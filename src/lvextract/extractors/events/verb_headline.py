"""An occurrence told in the body only by a verb ("2. oktobrī Ozolos viesojās Lazdu koris") under a
headline that names it by a noun ("Rudens balle izdevās"): the headline's noun names what took place,
the verb only what the guests did. Only when the headline names one kind, the body's span names no
occurrence noun, no other event has that kind or that day, and the headline does not tell the same
verb ("Novada svētkos viesojas kaimiņu dejotāji": a visit to the feast). O(events) per document."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import Record
from .headline import title_bounds
from .lexicon import generic_types
from .nouns import event_nouns, noun_starts
from .object_verbs import object_verb_types
from .performers import performance_type
from .offsets import any_between
from .verbs import occurrence_verbs


def type_from_headline_noun(doc: Document, record: Record) -> None:
    title = title_bounds(doc, record)
    if title is None or not record.events:
        return
    named = {n.kind for n in event_nouns(doc) if title[0] <= n.start < title[1]} - set(generic_types())
    if len(named) != 1:
        return
    kind = next(iter(named))
    if any(e.type == kind for e in record.events):
        return
    starts, kinds = doc.derived("events.verbs", occurrence_verbs)
    # A headline that tells the body's verb itself ("Novada svētkos viesojas kaimiņu dejotāji"): its
    # noun is where the guests came, the verb what took place (the visit), so the verb keeps its type.
    headline_told = set(kinds[bisect.bisect_left(starts, title[0]):bisect.bisect_left(starts, title[1])])
    nouns = noun_starts(doc)
    for event in record.events:
        span = event.span
        if span is None or span.start < title[1] or any(o is not event and o.start == event.start for o in record.events):
            continue
        lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
        told = set(kinds[lo:hi]) | ({performance_type()} if "vizīte" in kinds[lo:hi] else set())  # a guest choir
        if event.type in told and event.type not in object_verb_types() and event.type not in headline_told \
                and not any_between(nouns, (span.start, span.end)):  # "egli iedegs" names its occurrence
            event.type = kind
            return
