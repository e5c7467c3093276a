"""Two stages of a series told together by two ordinals over consecutive days ("22. un 23. augustā
norisināsies sestais un septītais kausa posms"): each day holds a stage of its own, so the days
stay one event each (RECORD.md: occurrences on separate days of one series are one event each),
where one stage over two days ("kausa posms 22. un 23. augustā") is one event with `end`. The
ordinals are events.toml's [rounds] `ordinals`, or numbers with a dot ("6. un 7. posms")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Event
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _paired_ordinals() -> re.Pattern:
    words = vocabulary()["rounds"]
    ordinal = rf"(?:\d{{1,2}}\.|(?:{literals(words['ordinals'])})\w*)"
    # Two ordinals joined by "un" or a comma, then the series' words (a few genitives) and the head.
    return re.compile(rf"(?<!\w){ordinal}\s*(?:,|un)\s*{ordinal}\s+(?:[^\W\d_]+\s+){{0,5}}?"
                      rf"(?:{literals(words['heads'])})", re.IGNORECASE)


def paired_rounds(event: Event) -> bool:
    """Whether the event is a series' stage whose own words count two stages ("sestais un septītais … posms")."""
    return event.type in vocabulary()["rounds"]["heads"].values() and event.span is not None \
        and _paired_ordinals().search(event.span.text) is not None
