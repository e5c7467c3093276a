"""Two stages of a series told together by two ordinals over consecutive days ("22. un 23. augustā
norisināsies sestais un septītais kausa posms"): each day holds a stage of its own, so the days
stay one event each (RECORD.md: occurrences on separate days of one series are one event each),
where one stage over two days ("kausa posms 22. un 23. augustā") is one event with `end`. The
ordinals are events.toml's [rounds] `ordinals`, or numbers with a dot ("6. un 7. posms") but not
the days of a date ("22. un 23. augustā … posms"). They are read in the sentence before the event's
noun, which the event's span may leave out ("Sestais un septītais kausa posms notiks …": the span
starts at the noun)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Event
from ...temporal.vocabulary import month_alternation
from .lexicon import literals, vocabulary

# How far before the event's span the ordinals and the series' words may start.
REACH = 100


@lru_cache(maxsize=1)
def _paired_ordinals() -> re.Pattern:
    words = vocabulary()["rounds"]
    ordinal = rf"(?:{literals(words['ordinals'])})\w*"
    # Two ordinals joined by "un" or a comma: words, or numbers that are no date's days (no month word after).
    pair = (rf"(?:{ordinal}\s*(?:,|un)\s*{ordinal}"
            rf"|\d{{1,2}}\.\s*(?:,|un)\s*\d{{1,2}}\.(?!\s*{month_alternation()}(?!\w)))")
    # Then the series' words (a few genitives) and the head.
    return re.compile(rf"(?<!\w){pair}\s+(?:[^\W\d_]+\s+){{0,5}}?"
                      rf"(?:{literals(words['heads'])})", re.IGNORECASE)


def paired_rounds(doc: Document, event: Event) -> bool:
    """Whether the event is a series' stage whose own words count two stages ("sestais un septītais … posms")."""
    if event.type not in vocabulary()["rounds"]["heads"].values() or event.span is None:
        return False
    index = doc.sentence_index(event.span.start)
    sentence_start = doc.sentences[index].start if index is not None else 0
    start = max(sentence_start, event.span.start - REACH)
    return _paired_ordinals().search(doc.text, start, event.span.end) is not None
