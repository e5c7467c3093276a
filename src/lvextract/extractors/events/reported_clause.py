"""A reporting verb opening a content clause ("direktore pastāstīja, ka izlaidums notiks
3. jūlijā"; "informēja, ka … noritēs"): it tells when the source spoke, so an occurrence told
inside the clause takes the tense of the clause's own verb, not of the verb that reports it.
O(1) per question."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary

# The verb, an optional comma, then "ka" opening the clause.
_KA = re.compile(r"[ \t]*,?[ \t]*ka(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(vocabulary()["reported_clause"]["verbs"])


def opens_content_clause(doc: Document, start: int) -> bool:
    """Whether the word at `start` is a reporting verb followed by ", ka"."""
    word = _WORD.match(doc.text, start)
    if word is None or word.group(0).lower() not in _verbs():
        return False
    return _KA.match(doc.text, word.end(), min(len(doc.text), word.end() + 6)) is not None
