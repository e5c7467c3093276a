"""Firms, associations and professionals reported as taking part in a fair, an exhibition or a parade
show their goods or march in it; the occasion is not for them: "Gadatirgū piedalījās 14 uzņēmēji",
"Svētku gājienā piedalījās 12 uzņēmumi un biedrības" (target_groups.toml [exhibitors]). Nor is a
council's sitting for the staff at it: "Sēdē piedalījās domes speciālisti". Those invited to
one ("Uzņēmēji aicināti pieteikties gadatirgum") and those at a seminar stay. Each sentence is
searched once (sentence_reading.sentence_answer: linear cost)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .lexicon import sentence_has
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern]:
    c = load("target_groups")["exhibitors"]
    showcase = re.compile(sentence_has(c["occasions"]) + sentence_has(c["past_taking_part"])
                          + "|" + sentence_has(c["sittings"], whole=True), re.IGNORECASE | re.DOTALL)
    return frozenset(c["ids"]), showcase


def exhibits(reader: Reader, group: str, char: int) -> bool:
    """Whether the group `group` at `char` is reported as taking part in a showcase occasion."""
    ids, showcase = _words()
    if group not in ids:
        return False
    index = reader.doc.sentence_index(char)
    if index is None or reader.in_inviting_sentence(char):
        return False
    return reader.sentence_answer("exhibitors", index, lambda sentence: showcase.match(sentence) is not None)
