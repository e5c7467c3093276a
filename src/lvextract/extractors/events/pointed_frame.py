"""An event noun in the locative after a demonstrative ("Rīgā šajos svētkos notiks vairāki
koncerti", "tajā pasākumā uzstāsies kori") points back to a feast or a gathering the text named
before: it is the time frame of the clause, and the occurrence is the event noun the same sentence
tells after it. With no such later noun the pointing noun stays (it may be the only name the
clause has). Data: events.toml [pointed_frame]. O(1) per noun, given the sorted nouns."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from ...latvian.places import LOCATIVE_ENDINGS
from .noun_mention import NounMention


@lru_cache(maxsize=1)
def _pointer() -> re.Pattern:
    words = literals(vocabulary()["pointed_frame"]["words"])
    # The demonstrative right before the noun, maybe with "pašos"/"pašā" ("tajos pašos svētkos"), or
    # set off by a comma ("Arī šajā, Meteņu nedēļā, gaidāmi pasākumi").
    return re.compile(rf"(?<!\w)(?:{words}),?(?:[ \t]+paš(?:ā|os|ās|ai))?[ \t]+$", re.IGNORECASE)


def pointed_frame(doc: Document, nouns: list[NounMention], k: int) -> bool:
    """True when nouns[k] is a demonstrative's locative frame with another event noun after it in
    its sentence."""
    n = nouns[k]
    if not doc.text[n.start:n.end].lower().endswith(LOCATIVE_ENDINGS):
        return False
    if not _pointer().search(doc.text, max(0, n.start - 24), n.start):
        return False
    sentence = doc.sentence_index(n.start)
    return any(doc.sentence_index(m.start) == sentence and m.kind != n.kind for m in nouns[k + 1:k + 4])
