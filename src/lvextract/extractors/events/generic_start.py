"""The generic word telling a range's start again ("No 3. līdz 5. maijam notiks pilsētas svētki.
Pasākums sāksies 3. maijā plkst. 12"): "pasākums" on a day inside another kind's range, with a verb
of beginning or an opening cue, points back at that occurrence; it is no second event (RECORD.md:
the generic word only when nothing more specific is said of the same occurrence). O(events × ranges)
after the walk, both few."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Record
from .lexicon import generic_types, literals, vocabulary


@lru_cache(maxsize=1)
def _begins() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['generic_start']['cues'])})", re.IGNORECASE)


def drop_generic_starts(record: Record) -> None:
    generic = generic_types()
    ranges = [e for e in record.events if e.end is not None and e.start is not None and e.type not in generic]
    if not ranges:
        return

    def restarts(e) -> bool:
        return e.type in generic and e.end is None and e.start is not None and e.span is not None \
            and _begins().search(e.span.text) is not None \
            and any(len(r.start) == len(e.start) and r.start <= e.start <= r.end for r in ranges)

    record.events[:] = [e for e in record.events if not restarts(e)]
