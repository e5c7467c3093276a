"""A repertoire told beside its occurrence on the same day and hour: an events calendar's card
"30. decembris 19:00 - 21:00; Ozolu kultūras nams" over a text naming "jaunu koncertprogrammu"
and then "30. decembrī plkst. 19.00 koncerts …". The programme is what the concert plays, not a
second occurrence: the occurrence stays, the programme's event only lends what it knew (an end
hour). The pairs are data ([repertoire_twins] in events.toml). O(events · events of one day)."""
from __future__ import annotations

from functools import lru_cache

from ...record import Event, Record
from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _pairs() -> dict[str, str]:
    return dict(vocabulary()["repertoire_twins"]["kinds"])


def _same_hour(a: Event, b: Event) -> bool:
    # Both told at one hour: without hours, two items of a day's list may be two occurrences.
    return a.start_time is not None and a.start_time == b.start_time


def drop_repertoire_twins(record: Record, fill) -> None:
    """`fill(kept, other)` gives the kept occurrence what only the repertoire's event knew."""
    pairs = _pairs()
    by_day: dict[str, list[Event]] = {}
    for e in record.events:
        if e.start is not None:
            by_day.setdefault(e.start, []).append(e)
    dropped: set[int] = set()
    for events in by_day.values():
        for repertoire in events:
            kind = pairs.get(repertoire.type)
            if kind is None:
                continue
            kept = next((e for e in events if e.type == kind and id(e) not in dropped and _same_hour(e, repertoire)
                         and e.end == repertoire.end), None)
            if kept is not None:
                fill(kept, repertoire)
                dropped.add(id(repertoire))
    if dropped:
        record.events[:] = [e for e in record.events if id(e) not in dropped]
