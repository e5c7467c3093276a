"""Those becoming professionals ("topošie skolotāji", "iespējas topošajiem kokapstrādes
speciālistiem", "nākotnes speciālisti") are students being trained for the trade, not the
professionals of RECORD's list; a word of becoming a word or two before the noun says so. So is a
worker an employer needs, a word of need right before the noun ("sev vajadzīgā speciālista
sagatavošanai": a post to fill, whom a training in the sentence prepares). Words: target_groups.toml
[future_professionals]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], int, tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["future_professionals"]
    return tuple(c["words"]), int(c["reach"]), tuple(c["wanted"]), tuple(c["training"])


def _in_training(reader: Reader, f: Found, training: tuple[str, ...]) -> bool:
    """Whether the sentence of `f` has a word of training ("sagatavošanai", "apmācīt")."""
    index = reader.doc.sentence_index(f.mention.start)
    sentence = reader.doc.sentence_text(index).lower() if index is not None else ""
    return any(w in sentence for w in training)


def becoming_professionals(reader: Reader, f: Found) -> bool:
    """Whether professionals mention `f` is said of people still becoming them."""
    if f.id != "professionals":
        return False
    words, reach, wanted, training = _words()
    i: int | None = f.mention.token_start
    if reader.word(i).startswith(words):  # (the word inside the mention itself)
        return True
    before = reader.previous_word(i)
    if before is not None and reader.word(before).startswith(wanted) and _in_training(reader, f, training):
        return True
    for _ in range(reach):
        i = reader.previous_word(i)
        if i is None or not reader.word(i).isalpha():
            return False
        if reader.word(i).startswith(words):
            return True
    return False
