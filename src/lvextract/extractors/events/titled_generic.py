"""The generic word as a programme item's subject with its own quoted name ("Plkst. 16.00 … sāksies
ikgadējais pasākums “…”"): the item names its occurrence by that name, though a programme line's
bare "pasākums" is mostly a genitive or a note about the day (added_events.py keeps only specific
nouns otherwise). Only the nominative ([titled_generic] forms), or the locative or accusative
([titled_generic] oblique: "pasākumā “…” pasniegs balvas"), the name right after it. So is
one the item's verb of taking place has as its subject, right before it past a few words of what
it is ("Pulksten 16.00 pie tautas nama notiks atceres dienas pasākums"): a gathering of its own at
that hour and place (happening_generic). O(1) per noun."""
from __future__ import annotations

from functools import lru_cache

import re

from ...document import Document
from .lexicon import happens_alternation, vocabulary
from .noun_mention import NounMention, title_after


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(vocabulary()["titled_generic"]["forms"])


@lru_cache(maxsize=1)
def _oblique() -> frozenset[str]:
    return frozenset(vocabulary()["titled_generic"]["oblique"])


def titled_generic(doc: Document, noun: NounMention) -> bool:
    """The nominative, or the locative or accusative of an item's generic word, with its quoted name."""
    surface = doc.text[noun.start:noun.end].lower()
    return (surface in _forms() or surface in _oblique()) and title_after(doc, noun) is not None


# The verb of taking place and at most WORDS_BETWEEN words of what the gathering is ("notiks Barikāžu
# aizstāvju atceres dienas pasākums"), no clause's end between.
WORDS_BETWEEN = 5


@lru_cache(maxsize=1)
def _verb_before() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{happens_alternation()})(?:[ \t]+[^\W\d_]+){{0,{WORDS_BETWEEN}}}[ \t]+$",
                      re.IGNORECASE)


def happening_generic(doc: Document, noun: NounMention) -> bool:
    if doc.text[noun.start:noun.end].lower() not in _forms():
        return False
    return _verb_before().search(doc.text, max(0, noun.start - 120), noun.start) is not None
