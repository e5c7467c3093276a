"""A day or a feast that an occurrence observes, told as the object of a converb ("atzīmējot
Starptautisko Mitrāju dienu, aicina … doties pārgājienā", "svinot Meteņus, notiks koncerts"): the
occasion, no occurrence of the text (RECORD.md: a jubilee or a holiday celebrated is no event
unless an occurrence is organised; here the sentence names that occurrence by another noun).
The noun stays when its sentence names no other occurrence, by a noun or by a verb with its object
(object_verbs: "atzīmējot Teātra dienu, tika pasniegtas balvas"). Data: events.toml
[observed_occasion]. One bounded search before each noun; O(nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from .noun_mention import NounMention
from .object_verbs import object_verbs

# How far before the noun the converb may stand (a few qualifying words between:
# "atzīmējot Latvijas Republikas proklamēšanas 100. gadadienu").
REACH = 80


@lru_cache(maxsize=1)
def _converb() -> re.Pattern:
    words = vocabulary()["observed_occasion"]
    return re.compile(rf"(?<!\w)(?:{literals(words['converbs'])})(?:[ \t]+[^\s,.;:!?()]+){{0,5}}?[ \t]+$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _accusative_endings() -> tuple[str, ...]:
    return tuple(vocabulary()["observed_occasion"]["accusative_endings"])


def observed_occasion(doc: Document, nouns: list[NounMention], k: int) -> bool:
    """True when nouns[k] is the accusative object of an observing converb and another event noun
    stands in its sentence."""
    n = nouns[k]
    if not doc.text[n.start:n.end].lower().endswith(_accusative_endings()):
        return False
    if _converb().search(doc.text, max(0, n.start - REACH), n.start) is None:
        return False
    sentence = doc.sentence_index(n.start)
    return any(m is not n and m.kind != n.kind and doc.sentence_index(m.start) == sentence
               for m in nouns[max(0, k - 4):k + 5]) \
        or sentence in doc.derived("events.object_verb_sentences", _object_verb_sentences)
        # or by a verb with its object ("atzīmējot Teātra dienu, tika pasniegtas balvas")


def _object_verb_sentences(doc: Document) -> frozenset[int | None]:
    """The sentences holding a verb with its object (object_verbs), found once per document."""
    return frozenset(doc.sentence_index(start) for start, _kind in doc.derived("events.object_verbs", object_verbs))
