"""A headline that tells its occurrence by a verb only ("Ozolmuižā 12. maijā apbalvos labākos
sportistus") over a body that names the same day's occurrence by a noun ("12. maijā kultūras
namā notiks svinīga ceremonija"): one occurrence, the body's. The verb's event is a twin, not a
second occurrence. O(events²) over a handful of events."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import Record
from .headline import title_bounds
from .nouns import event_nouns
from .verbs import occurrence_verbs


def drop_headline_verb_twins(doc: Document, record: Record) -> None:
    title = title_bounds(doc, record)
    if title is None or len(record.events) < 2:
        return
    starts, kinds = doc.derived("events.verbs", occurrence_verbs)
    lo, hi = bisect.bisect_left(starts, title[0]), bisect.bisect_left(starts, title[1])
    verbs = set(kinds[lo:hi])
    if not verbs:
        return
    named = {n.kind for n in event_nouns(doc) if title[0] <= n.start < title[1]}

    def in_title(event) -> bool:
        return title[0] <= event.span.start and event.span.end <= title[1]

    def twin(event) -> bool:
        if not in_title(event) or event.type not in verbs or event.type in named:
            return False
        return any(other is not event and not in_title(other) and other.start == event.start
                   and other.end == event.end for other in record.events)
    record.events = [e for e in record.events if not twin(e)]
