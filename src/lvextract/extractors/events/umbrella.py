"""The generic word announcing a day whose programme lists timed items ("Pasākums notiks 5. jūnijā
estrādē. Programmā: plkst. 12 koncerts, plkst. 14 sporta spēles …"): the pasākums is the whole day's
occurrence and the items its programme, so it is no twin of any one item (merging.drop_generic_twins).
Only when a programme word ([umbrella] cues) stands between the generic word and its items: without it
("notiks pasākums valsts svētkos. Pulksten 17.30 gājiens, 19.00 koncerts …") the items say what the
pasākums is. O(events²) over one day's events."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import generic_types, literals, vocabulary


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['umbrella']['cues'])})(?!\w)", re.IGNORECASE)


def programme_umbrellas(doc: Document, record: Record) -> set[int]:
    """ids of the generic events that head a programme of two or more items at their own hours on
    their day, none before the generic one's own hour."""
    generic = generic_types()
    kept = set()
    for e in record.events:
        if e.type not in generic or e.span is None:
            continue
        items = [o for o in record.events if o.type not in generic and (o.start, o.end) == (e.start, e.end)
                 and o.span is not None and o.span.start > e.span.end]
        times = [o.start_time for o in items]
        if len(items) < 2 or None in times or len(set(times)) < 2:
            continue
        if e.start_time is not None and e.start_time > min(times):
            continue
        first = min(o.span.start for o in items)
        if _cue().search(doc.text, e.span.end, first) is not None:
            kept.add(id(e))
    return kept
