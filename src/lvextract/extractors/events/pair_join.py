"""Two event nouns joined as one subject by "un" / "vai" / a comma, the second one qualified by a
word or two of its own ("koncerts un laureātu apbalvošana", "koncerts un svinīgā apbalvošana"):
still a pair, whose first noun names the occurrence (head_of_pair). The qualifiers are
lower-case words that are no connective or adverb of sequence ([pair_join] not_qualifiers: "koncerts
un pēc tam balle" tells a second occurrence after the first, no pair of names for one)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import generic_types, vocabulary
from .noun_mention import NounMention
from .ranking import Nouns

# The join itself, then (after "un" / "vai" only: past a comma the words may open a clause of their
# own, ", kuras sanāksme", ", bet izstāde") at most two lower-case qualifying words before the second noun.
_JOIN = re.compile(r"\s*(?:,|(?:un|vai)\s+((?:[a-zāčēģīķļņšūž]+\s+){0,2}))\s*")


@lru_cache(maxsize=1)
def _not_qualifiers() -> frozenset[str]:
    return frozenset(vocabulary()["pair_join"]["not_qualifiers"])


def joined_as_pair(text: str, first_end: int, second_start: int) -> bool:
    """Whether text[first_end:second_start] only joins two nouns, past the second's own qualifiers. O(gap)."""
    m = _JOIN.fullmatch(text, first_end, second_start)
    return m is not None and not any(w in _not_qualifiers() for w in (m.group(1) or "").split())


def head_of_pair(doc: Document, index: Nouns, noun: NounMention | None, bounds) -> NounMention | None:
    """Of two event nouns joined by "un" the first one names the occurrence ("noslēguma
    konference un darbnīca" → konference), not the one that happens to stand nearer the date."""
    if noun is None:
        return None
    before = index.first((bounds[0], noun.start), lambda rank: True, last=True)
    # "konference un darbnīca notiks …", "koncerts un laureātu apbalvošana notiks …"
    if before is not None and before.kind not in generic_types() and joined_as_pair(doc.text, before.end, noun.start):
        return before
    return noun
