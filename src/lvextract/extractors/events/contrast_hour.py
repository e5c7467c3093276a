"""A generic occurrence whose sentence goes on past a contrast to a specific occurrence's noun and
an hour of its own ("2. septembrī plkst. 12 sāksies jubilejas sarīkojums, savukārt velopastaigas
starts – plkst. 10"): the generic word names another occurrence of the day, not the specific one
told again, and the hour past the contrast is the specific one's (merging.drop_generic_twins asks
it). O(REACH) per generic occurrence."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...record import Event
from ...temporal.times import clock_times
from .lexicon import literals, vocabulary

WORD = re.compile(r"[^\W\d_]+")
# The specific noun opens the far side: its first or second word ("savukārt velopastaigas starts",
# "bet pašu koncertu"), not a noun deep in a clause about something else.
NEAR_WORDS = 2
# How far past the generic one's words the contrast and its hour are looked for.
REACH = 200


@lru_cache(maxsize=1)
def _contrast() -> re.Pattern:
    return re.compile(rf",\s*(?:{literals(vocabulary()['cancelled']['contrasts'])})\s", re.IGNORECASE)


def contrast_hour(doc: Document, generic: Event, specific: Event) -> str | None:
    """The hour the far side of a contrast in `generic`'s sentence gives `specific`'s noun, or None."""
    k = doc.sentence_index(generic.span.end)
    if k is None:
        return None
    end = min(doc.sentences[k].end, generic.span.end + REACH)
    contrast = _contrast().search(doc.text, generic.span.end, end)
    if contrast is None:
        return None
    head = stem(specific.type.split()[-1].lower())
    for i, word in enumerate(WORD.finditer(doc.text, contrast.end(), end)):
        if i >= NEAR_WORDS:
            return None
        if stem(word.group().lower()) == head:
            times = clock_times(doc.text, word.end(), end)
            return times[0][2] if times else None
    return None
