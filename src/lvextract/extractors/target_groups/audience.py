"""The audience of a performance is not a group the occasion serves: "Koncertu apmeklēja skolēnu
vecāki un skolotāji", "Baltais koncerts pulcē skolēnu vecākus" — parents and teachers who came to
listen to the pupils. A group word in the nominative or accusative counts as the audience in a
sentence with a performance's word and a word of attending or listening, and no word of inviting
("Uz koncertu aicināti vecāki" stays) nor of training ("Semināru apmeklēja pedagogi" stays: those
trained are served). Words: target_groups.toml [audience] (beginnings of lower-case words).
Each part of a sentence between commas is searched once (sentence_reading.part_answer: linear cost)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .lexicon import sentence_has
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern]:
    c = load("target_groups")["audience"]
    audience = re.compile(sentence_has(c["performances"]) + sentence_has(c["attending"])
                          + sentence_has(c["training"], negate=True), re.IGNORECASE | re.DOTALL)
    return frozenset(c["ids"]), audience


def in_audience(reader: Reader, f: Found) -> bool:
    """Whether the group mention `f` is the audience of a performance its sentence reports."""
    ids, audience = _words()
    if f.id not in ids or f.modifier:
        return False
    head = reader.sdoc[f.mention.token_end - 1].text
    if "participant" not in form(head):
        return False
    index = reader.doc.sentence_index(f.mention.start)
    if index is None or reader.in_inviting_sentence(f.mention.start):
        return False
    # the group's own part of the sentence between commas: "Biedrība atbalsta ģimenes, un koncertu
    # apmeklēja 300 skatītāju" keeps the families
    return reader.part_answer("audience", index, f.mention.start, lambda part: audience.match(part) is not None)
