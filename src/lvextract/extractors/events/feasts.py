"""A feast of the year named by its own name ("svinējām Meteņus") is an occurrence only as the head
of its phrase: in the genitive before another event noun ("Meteņu karnevāls", "Meteņu
lustes") it only says which feast that occurrence is of, and that noun is the event. The feast
types are events.toml's [feasts], with the other occurrences that qualify a noun the same way
([feasts] qualifiers: "uz konkursa noslēguma pasākumu"). A named night before the generic word
("Muzeju nakts pasākumi") is the more specific name of that occurrence: the night stays and the
generic word gives way ([feasts] over_generic). O(nouns)."""
from __future__ import annotations

import re

from ...document import Document
from .lexicon import generic_types, vocabulary
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
    over_generic = frozenset(data.get("over_generic", ()))
    by_start = {n.start: n for n in nouns}
    text = doc.text
    yielding: set[int] = set()  # starts of generic words a named night types

    def qualified(noun: NounMention) -> NounMention | None:
        gap = _GAP.match(text, noun.end)
        if gap is None or gap.end() == noun.end:
            return None
        if gap.end() in by_start:
            return by_start[gap.end()]
        word = _WORD.match(text, gap.end())  # "Mārtiņdienas ražas svētki"
        return by_start.get(word.end()) if word is not None else None

    kept = []
    for n in nouns:
        head = qualified(n) if n.kind in feasts else None
        if head is None:
            kept.append(n)
        elif n.kind in over_generic and head.kind in generic_types():
            yielding.add(head.start)  # "Muzeju nakts pasākumi": the night is the occurrence
            kept.append(n)
    return [n for n in kept if n.start not in yielding]
