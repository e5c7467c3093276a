"""A dated arrival whose purpose the next sentence tells by its verb: "3. oktobrī novadā ieradīsies
delegācija no Somijas. Viesi tiksies ar domes priekšsēdētāju." — the meeting on that day. Only
when the dated clause names no occurrence and the next one dates nothing of its own. O(log n): the arrival words are found once per document."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ...record import DateMention
from .lexicon import vocabulary, whole_words
from .noun_mention import NounMention
from .offsets import any_between
from .verbs import occurrence_verbs


@lru_cache(maxsize=1)
def _arrival_words() -> re.Pattern:
    words = vocabulary()["arrival"]["words"]
    return whole_words(words)


def _arrival_starts(doc: Document) -> list[int]:
    return [m.start() for m in _arrival_words().finditer(doc.text)]


def arrival_purpose(doc: Document, mention: DateMention, bounds: tuple[int, int],
                    date_starts: list[int]) -> tuple[NounMention | None, tuple[int, int] | None]:
    if not any_between(doc.derived("events.arrival_words", _arrival_starts), bounds):
        return None, None
    other = layout(doc).neighbour_clause(bounds, 1)
    if other is None or any_between(date_starts, other):
        return None, None
    starts, kinds = doc.derived("events.verbs", occurrence_verbs)
    k = bisect.bisect_left(starts, other[0])
    if k >= len(starts) or starts[k] >= other[1]:
        return None, None
    word = re.match(r"\w+", doc.text[starts[k]:starts[k] + 40])
    return NounMention(kinds[k], starts[k], starts[k] + len(word.group(0))), other
