"""A venue never holds its occurrence's own noun: in "notiks taku tīrīšana Ozolu meža parkā" the
venue phrase read leftwards over the genitives swallows "taku tīrīšana"; the place is what follows
the noun ("Ozolu meža parks"). Only the noun in its own (nominative) form counts: "Semināru centrs",
"Izstāžu zāle" are venues named for what is held there. O(events)."""
from __future__ import annotations

import re

from ...record import Record

WORD = re.compile(r"[^\W\d_]+")


def cut_own_noun(record: Record) -> None:
    for event in record.events:
        if not event.place or not event.type:
            continue
        noun = event.type.split()[-1].lower()
        words = list(WORD.finditer(event.place))
        for k, m in enumerate(words[:-1]):
            if m.group(0).lower() == noun:
                event.place = event.place[words[k + 1].start():]
                break
