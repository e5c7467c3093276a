"""A photo's caption printed over the headline, told by where it places the people ("Pirmā rindā
no labās: …", "No kreisās: …", "Attēlā: …"): the picture's, never the headline, however long the
list of names after it. The openers are data (titles.toml caption_openers)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal import vocabulary as vocab
from ..vocabulary import load


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    openers = vocab.alternation(load("titles")["caption_openers"])
    # at most three words before the opener ("Pirmā rindā no labās:"), then its colon
    return re.compile(rf"(?:[^\W\d_]+[^\S\n]+){{0,3}}(?:{openers})[^\S\n]*:", re.IGNORECASE)


def caption_lead(line: str) -> bool:
    return _pattern().match(line) is not None
