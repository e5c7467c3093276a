"""The words of a group mention's clause either side of it: a few words back from its first token or
on from its end, not past punctuation (what the doer rules and their kin read around a group)."""
from __future__ import annotations

from .reader import Reader, clause_tokens_after


def clause_indices_before(reader: Reader, start: int, reach: int):
    """The tokens of the words before token `start`, nearest first, up to `reach` and not past punctuation."""
    i: int | None = start
    for _ in range(reach):
        i = reader.previous_word(i)
        if i is None or reader.sdoc[i].is_punct:
            return
        yield i


def clause_words_before(reader: Reader, start: int, reach: int):
    """The (lower-case) words before token `start`, nearest first, up to `reach` of them and not past punctuation."""
    return (reader.word(i) for i in clause_indices_before(reader, start, reach))


def clause_words_after(reader: Reader, end: int, reach: int):
    """The (lower-case) words from token `end` on, up to `reach` of them and not past punctuation."""
    return (token.text.lower() for _, token in clause_tokens_after(reader, end, reach))
