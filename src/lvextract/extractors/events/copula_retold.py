"""The next sentence names, by a demonstrative and its copula, the occurrence the date's verb only
told ("3. martā zālē pulcējās vecāki. Tā bija pavasara balle, …"): the specific noun a few words
past the copula names what took place, not the generic word the gathering verb gives (events.toml
[copula_retold]). O(log n) per clause."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from .lexicon import vocabulary
from .ranking import Nouns, specific


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    data = vocabulary()["copula_retold"]
    return re.compile(rf"\s*(?:{alternation(data['leads'])})\s+(?:{alternation(data['copulas'])})\s+", re.IGNORECASE)


def copula_noun(doc: Document, index: Nouns, clause: tuple[int, int]):
    """The clause's specific noun right past "Tā bija" and at most [copula_retold] words qualifying
    words ("Tā bija pavasara balle"); else (None, None)."""
    lead = _lead().match(doc.text, clause[0], clause[1])
    if lead is None:
        return None, None
    found = index.first((lead.end(), clause[1]), specific)
    if found is None or len(doc.text[lead.end():found.start].split()) > vocabulary()["copula_retold"]["words"]:
        return None, None
    return found, clause
