"""On a shadowing day (Ēnu diena) the professionals and employers shadowed host the pupils, they
are not served: "pašvaldības speciālisti kopā ar savām ēnām devās apsekot būvobjektus", "skolēni
ēnoja pedagogus". A group of `shadowed_ids` in a sentence with a word of `shadowing_words`
(target_groups.toml [context]; beginnings of words, any case) is no one served. The sentence is
searched once (Reader.in_sentence_with)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _shadowing() -> tuple[re.Pattern, frozenset[str]]:
    c = load("target_groups")["context"]
    words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["shadowing_words"])) + r")", re.IGNORECASE)
    return words, frozenset(c["shadowed_ids"])


def shadowed(reader, f) -> bool:
    words, ids = _shadowing()
    if f.id not in ids:
        return False
    index = reader.doc.sentence_index(f.mention.start)
    return index is not None and reader.in_sentence_with(index, words)
