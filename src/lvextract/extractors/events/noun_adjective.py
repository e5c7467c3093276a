"""A capitalised adjective heading the event noun ("No plkst. 11.30 – Radošās darbnīcas", "Lielajā
talkā") has a locative's ending but is the noun's own word, no venue. Only the endings of a definite
adjective, never a town's locative ("Daugavpilī seminārs notiks", "Rīgā koncerts"). O(log venues) per
event: only the venues just before the noun are read."""
from __future__ import annotations

import re

from ...document import Document
from .noun_mention import NounMention
from .venue_own_noun import near

ONE_WORD = re.compile(r"[^\W\d_]+(?:ajā|ajās|ajos|ās)\s+")


ADJECTIVE_REACH = 200  # characters: one word and its spaces before the noun


def without_noun_adjective(doc: Document, groups: list[list[tuple[int, str]]],
                           noun: NounMention) -> list[list[tuple[int, str]]]:
    """The venue groups without a one-word venue standing right before the noun."""
    def modifier(start: int) -> bool:
        return start < noun.start and ONE_WORD.fullmatch(doc.text, start, noun.start) is not None
    ranges = [near(group, noun.start - ADJECTIVE_REACH, noun.start) for group in groups]
    if not any(modifier(v[0]) for group, (lo, hi) in zip(groups, ranges) for v in group[lo:hi]):
        return groups
    return [group[:lo] + [v for v in group[lo:hi] if not modifier(v[0])] + group[hi:]
            for group, (lo, hi) in zip(groups, ranges)]
