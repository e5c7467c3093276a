"""A ride named by a proper name's genitive ("Rīgā notika Tvīda brauciens", "piedalījās Vienības
braucienā"): a named ride is an occurrence, though "brauciens" alone is any trip or ride and stays
out of the vocabulary (events.toml [nouns]). Only a capitalised word inside its sentence, so the
capital is the name's, not the sentence's ("Autobusa brauciens ilgs …" names no ride); the type is
the lemma "brauciens". Data: events.toml [named_rides] (the head's case forms). Found once per
document, as spans for the noun matcher. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    forms = vocabulary()["named_rides"]["forms"]
    # a word before the name (not a sentence's end), then the capitalised genitive and the head
    return re.compile(rf"(?<=[^\W\d_.!?:;\n][ \t,])(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]{{2,}})[ \t]+"
                      rf"(?:{literals(forms)})(?![^\W\d_])")


def named_rides(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every such ride."""
    return [("brauciens", m.start(), m.end()) for m in _pattern().finditer(text)]
