"""A feast of the year named by its own name ("svinējām Meteņus") is an occurrence only as the head
of its phrase: in the genitive before another event noun ("Meteņu karnevāls", "Meteņu
lustes") it only says which feast that occurrence is of, and that noun is the event. The feast
types are events.toml's [feasts], with the other occurrences that qualify a noun the same way
([feasts] qualifiers: "uz konkursa noslēguma pasākumu"). O(nouns)."""
from __future__ import annotations

import re

from ...document import Document
from .lexicon import vocabulary
from .nouns import NounMention

# Only space, maybe a dash, between the feast's genitive and the noun it qualifies.
_GAP = re.compile(r"[ \t]*(?:[–-][ \t]*)?")
# Or one lower-case genitive of the noun's own between them ("Mārtiņdienas ražas svētki"); not "un",
# which joins a second occurrence ("Baznīcu nakts un Atvērto baznīcu diena").
_WORD = re.compile(r"(?!un[ \t])[a-zāčēģīķļņšūž]+[ \t]+")


def drop_feast_qualifiers(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    data = vocabulary()["feasts"]
    feasts = frozenset(data["types"]) | frozenset(data.get("qualifiers", ()))
    if not any(n.kind in feasts for n in nouns):
        return nouns
    starts = {n.start for n in nouns}
    text = doc.text

    def qualifies(noun: NounMention) -> bool:
        gap = _GAP.match(text, noun.end)
        word = _WORD.match(text, gap.end()) if gap is not None else None  # "Mārtiņdienas ražas svētki"
        return gap is not None and gap.end() > noun.end and (gap.end() in starts or (word is not None and word.end() in starts))

    return [n for n in nouns if not (n.kind in feasts and qualifies(n))]
