"""A news report's attribution after its statement ("… norisināsies pilsētas svētki, aģentūru LETA
informēja domē"; "…, informēja Valsts kanceleja"): the reporting verb tells when the source spoke,
not when the occurrence is, so it gives no tense to the occurrence the statement tells.
O(1) per tense word."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _patterns() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    data = vocabulary()["attribution"]
    verbs = frozenset(data["verbs"])
    # A comma, then at most three words ("aģentūru LETA"), then the verb.
    before = re.compile(r",[ \t]*(?:[^\W\d_]+[ \t]+){0,3}$")
    # What a verb of informing tells about ("informēja par …", "informēja, ka …") is no attribution.
    after = re.compile(rf"[ \t]*,?[ \t]*(?:{literals(data['content_words'])})(?!\w)", re.IGNORECASE)
    return verbs, before, after


def attribution_verb(doc: Document, start: int, end: int) -> bool:
    """Whether the word at start:end is a reporting verb ([attribution]) closing a statement."""
    verbs, before, after = _patterns()
    if doc.text[start:end].lower() not in verbs:
        return False
    return before.search(doc.text[max(0, start - 60):start]) is not None \
        and after.match(doc.text, end, min(len(doc.text), end + 12)) is None
