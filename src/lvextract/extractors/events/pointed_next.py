"""A day and hour whose clause names no occurrence, named by a demonstrative and its noun in the next
sentence of the same paragraph ("18. decembrī plkst. 10.00 tautas namā mīļi gaidīti bija paši mazākie.
Pavisam deklarēti 24 bērni, bet uz šo pasākumu ieradās 21 bērns."): "šo pasākumu" points back at what
the day told. The paragraph break is pointed_back's; here the day's sentence must give a clock time
(someone is awaited at an hour: an occurrence), no day may be told between, and the noun must follow
the demonstrative right after (an adjective or two between). O(log n)."""
from __future__ import annotations

from ...document import Document
from ...temporal.times import clock_times
from .noun_mention import NounMention
from .offsets import any_between
from .pointed_back import DEMONSTRATIVE
from .ranking import Nouns


def _demonstrative_before(text: str, start: int, noun_start: int) -> bool:
    """"šo pasākumu", "šajā pasākumā": the demonstrative a whole word, right before the noun."""
    m = DEMONSTRATIVE.search(text, max(start, noun_start - 40), noun_start)
    return m is not None and not (m.start() > 0 and text[m.start()].isalpha() and text[m.start() - 1].isalpha())


def pointed_next(doc: Document, index: Nouns, bounds: tuple[int, int],
                 day_starts: list[int]) -> tuple[NounMention | None, tuple[int, int] | None]:
    k = doc.sentence_index(max(0, bounds[1] - 1))
    if k is None or k + 1 >= len(doc.sentences):
        return None, None
    sentence, nxt = doc.sentences[k], doc.sentences[k + 1]
    if "\n" in doc.text[sentence.end:nxt.start] or any_between(day_starts, (sentence.end, nxt.end)):
        return None, None  # another paragraph (pointed_back's), or a day of its own between
    if not clock_times(doc.text, sentence.start, sentence.end):
        return None, None
    for noun in index.all_in((nxt.start, nxt.end)):
        if _demonstrative_before(doc.text, nxt.start, noun.start):
            return noun, (nxt.start, nxt.end)
    return None, None
