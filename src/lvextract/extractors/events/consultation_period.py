"""A public consultation ("sabiedriskā apspriede", "publisko apspriedi") runs for weeks: over a range
of days it is the consultation's period, no occurrence; its hearing or meeting is one day
("sabiedriskās apspriedes sanāksme 26. augustā"). events.toml [needs_time] public_adjectives and
public_types: the nouns that name such a period after those adjectives. O(1) per event."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from .noun_mention import NounMention


@lru_cache(maxsize=1)
def _adjective_before() -> re.Pattern:
    stems = literals(vocabulary()["needs_time"]["public_adjectives"])
    return re.compile(rf"(?<!\w)(?:{stems})\w*[ \t]+$", re.IGNORECASE)


def consultation_period(doc: Document, noun: NounMention, end: str | None) -> bool:
    """Whether the event of `noun` over a range (`end` set) is a public consultation's period."""
    if end is None or noun.kind not in vocabulary()["needs_time"].get("public_types", ()):
        return False
    return _adjective_before().search(doc.text, max(0, noun.start - 30), noun.start) is not None
