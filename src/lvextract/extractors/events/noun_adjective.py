"""A capitalised adjective heading the event noun ("No plkst. 11.30 – Radošās darbnīcas", "Lielajā
talkā") has a locative's ending but is the noun's own word, no venue. Only the endings of a definite
adjective, never a town's locative ("Daugavpilī seminārs notiks", "Rīgā koncerts"). O(venues) per event."""
from __future__ import annotations

import re

from ...document import Document
from .noun_mention import NounMention

ONE_WORD = re.compile(r"[^\W\d_]+(?:ajā|ajās|ajos|ās)\s+")


def without_noun_adjective(doc: Document, groups: list[list[tuple[int, str]]],
                           noun: NounMention) -> list[list[tuple[int, str]]]:
    """The venue groups without a one-word venue standing right before the noun."""
    def modifier(start: int) -> bool:
        return start < noun.start and ONE_WORD.fullmatch(doc.text, start, noun.start) is not None
    if not any(modifier(v[0]) for group in groups for v in group):
        return groups
    return [[v for v in group if not modifier(v[0])] for group in groups]
