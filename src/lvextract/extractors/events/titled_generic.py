"""The generic word as a programme item's subject with its own quoted name ("Plkst. 16.00 … sāksies
ikgadējais pasākums “…”"): the item names its occurrence by that name, though a programme line's
bare "pasākums" is mostly a genitive or a note about the day (added_events.py keeps only specific
nouns otherwise). Only the nominative ([titled_generic] forms), the name right after it. O(1) per noun."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary
from .noun_mention import NounMention, title_after


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(vocabulary()["titled_generic"]["forms"])


def titled_generic(doc: Document, noun: NounMention) -> bool:
    return doc.text[noun.start:noun.end].lower() in _forms() and title_after(doc, noun) is not None
