"""A ride named by its known name's genitive ("Rīgā notika Tvīda brauciens", "piedalījās Vienības
braucienā"): a named ride is an occurrence, though "brauciens" alone is any trip or ride and stays
out of the vocabulary (events.toml [nouns]). Only a listed name, capitalised, also opening its
sentence ("Vienības brauciens notiks …"; an unlisted "Autobusa brauciens ilgs …" names no ride); a
person's or a town's genitive tells whose trip or where to ("pēc Jāņa brauciena uz Rīgu", "Rīgas
brauciens"), no named occurrence. The type is the lemma "brauciens". Data: events.toml
[named_rides] (the head's case forms, the known names). Found once per document, as spans for the
noun matcher. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = vocabulary()["named_rides"]
    # the known name's genitive, capitalised, as a whole word (also opening a sentence: the listed
    # name's capital is its own), then the head
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data['names'])})[ \t]+"
                      rf"(?:{literals(data['forms'])})(?![^\W\d_])")


def named_rides(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every such ride."""
    return [("brauciens", m.start(), m.end()) for m in _pattern().finditer(text)]
