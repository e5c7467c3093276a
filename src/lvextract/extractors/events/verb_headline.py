"""An occurrence told in the body only by a verb ("2. oktobrī Ozolos viesojās Lazdu koris") or by the
generic word ("6. oktobrī notika svētku pasākums") under a headline that names it by a noun ("Rudens
balle izdevās"; "Notika senioru atpūtas pēcpusdiena"): the headline's noun names what took place,
the verb only what the guests did, the generic word nothing more specific (RECORD.md). Only when
the headline names one kind, the body's span names no other occurrence noun, no other event has that
kind or that day, and the headline does not tell the same verb ("Novada svētkos viesojas kaimiņu dejotāji": a visit to the feast). O(events · log nouns) per document."""
from __future__ import annotations

import bisect
from collections import Counter

from ...document import Document
from ...record import Record
from .headline import singular, title_bounds
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
    generic = set(generic_types())
    in_title = [n for n in event_nouns(doc) if title[0] <= n.start < title[1]]
    named = {n.kind for n in in_title} - generic
    if len(named) != 1:
        return
    kind = next(iter(named))
    nominative = any(n.kind == kind and singular(doc, n) for n in in_title)
    if any(e.type == kind for e in record.events):
        return
    starts, kinds = doc.derived("events.verbs", occurrence_verbs)
    # A headline that tells the body's verb itself ("Novada svētkos viesojas kaimiņu dejotāji"): its
    # noun is where the guests came, the verb what took place (the visit), so the verb keeps its type.
    headline_told = set(kinds[bisect.bisect_left(starts, title[0]):bisect.bisect_left(starts, title[1])])
    nouns = noun_starts(doc)
    per_day = Counter(e.start for e in record.events)
    for event in record.events:
        span = event.span
        if span is None or span.start < title[1] or per_day[event.start] > 1:
            continue
        lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
        told = set(kinds[lo:hi]) | ({performance_type()} if "vizīte" in kinds[lo:hi] else set())  # a guest choir
        if event.type in told and event.type not in object_verb_types() and event.type not in headline_told \
                and not any_between(nouns, (span.start, span.end)):  # "egli iedegs" names its occurrence
            event.type = kind
            return
        # Only a headline that names the occurrence itself ("Notika … pēcpusdiena"), not the call it
        # crowns ("izsludina eseju konkursu") or a feast it falls in ("Rīgas svētku laikā …").
        if event.type in generic and nominative and _only_generic(doc, span, generic):
            event.type = kind
            return


def _only_generic(doc: Document, span, generic) -> bool:
    """The span names its occurrence by the generic word alone, a genitive right before it included
    ("noritēja ikgadējais svētku pasākums")."""
    starts = noun_starts(doc)
    inside = event_nouns(doc)[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)]
    if not inside or inside[-1].kind not in generic:
        return False
    return all(n.kind in generic or (after.kind in generic and not doc.text[n.end:after.start].strip())
               for n, after in zip(inside, inside[1:]))
