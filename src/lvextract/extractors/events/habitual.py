"""A clause told in the habitual present ("Sacensības “Baltais aplis” notiek katru gadu."): its
"notiek" says what happens every year, no tense of one day, so it cannot part it from a day told in
the past in the next sentence ("Arī šogad 20. februārī komanda devās uz Priekuļiem, lai piedalītos
…"). The yearly cues are events.toml [yearly_custom] cues. O(clause)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary, whole_words


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return whole_words(vocabulary()["yearly_custom"]["cues"], spaced=True)


def habitual(doc: Document, bounds: tuple[int, int]) -> bool:
    """Whether the clause says what happens every year."""
    return _cue().search(doc.text, bounds[0], bounds[1]) is not None
