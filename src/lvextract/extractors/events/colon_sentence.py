"""A list's head line may run on from sentences before it ("Visu mēnesi notiek lasījumi un tikšanās
ar autoriem. Uz pasākumiem aicina arī novadā:" over day headings): the list is introduced by the
sentence that ends in the colon, so its noun is that sentence's, not one of the sentences before,
which tell of the season's occurrences in general. Only when the colon's sentence names an
occurrence itself — an event noun, or a generic word in any form (the plural "pasākumiem" the noun
finder leaves out); else the whole line, as before ("… notiks semināri. Tie notiks:"). O(log n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from .lexicon import generic_types
from .nouns import noun_starts
from .offsets import any_between
from .ranking import Nouns


@lru_cache(maxsize=1)
def _generic_word() -> re.Pattern:
    stems = sorted({stem(t) for t in generic_types()}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, stems))})\w*", re.IGNORECASE)


def colon_sentence(doc: Document, index: Nouns, head: tuple[int, int]) -> tuple[int, int]:
    i = doc.sentence_index(head[1] - 1)
    if i is None:
        return head
    start = doc.sentences[i].start
    if start <= head[0] or not (any_between(noun_starts(doc), (start, head[1]))
                                or _generic_word().search(doc.text, start, head[1])):
        return head
    return (start, head[1])
