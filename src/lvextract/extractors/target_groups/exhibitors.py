"""Firms, associations and professionals reported as taking part in a fair, an exhibition or a parade
show their goods or march in it; the occasion is not for them: "Gadatirgū piedalījās 14 uzņēmēji",
"Svētku gājienā piedalījās 12 uzņēmumi un biedrības" (target_groups.toml [exhibitors]). Nor is a
council's sitting for the staff at it: "Sēdē piedalījās domes speciālisti". Nor is a concert or a
march for the children or young people reported in it: "Koncertā piedalījās bērni un jaunieši",
"Gājienā piedalījās arī skolēni" (they perform or walk in it). Those invited to
one ("Uzņēmēji aicināti pieteikties gadatirgum") and those at a seminar stay. Each sentence is
searched once (sentence_reading.sentence_answer: linear cost)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import WORD
from ..vocabulary import load
from .forms import form
from .lexicon import sentence_has
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern, frozenset[str], re.Pattern]:
    c = load("target_groups")["exhibitors"]
    showcase = re.compile(sentence_has(c["occasions"]) + sentence_has(c["past_taking_part"])
                          + "|" + sentence_has(c["sittings"], whole=True), re.IGNORECASE | re.DOTALL)
    performance = re.compile(sentence_has(c["performances"])
                             + sentence_has(c["past_taking_part"] + c["performers_met"])
                             + sentence_has(c["accompanied_by"], negate=True), re.IGNORECASE | re.DOTALL)
    return frozenset(c["ids"]), showcase, frozenset(c["performer_ids"]), performance


def exhibits(reader: Reader, group: str, char: int) -> bool:
    """Whether the group `group` at `char` is reported as taking part in a showcase occasion, or
    (children, young people and the like) in a performance or a march."""
    ids, showcase, performer_ids, performance = _words()
    if group not in ids and group not in performer_ids:
        return False
    index = reader.doc.sentence_index(char)
    if index is None or reader.in_inviting_sentence(char):
        return False
    if group in ids and reader.sentence_answer("exhibitors", index, lambda sentence: showcase.match(sentence) is not None):
        return True
    return group in performer_ids and _may_be_subject(reader.doc.text, char) and reader.sentence_answer(
        "performers", index, lambda sentence: performance.match(sentence) is not None)




def _may_be_subject(text: str, char: int) -> bool:
    """Whether the word at `char` may be a nominative, the one taking part: not "seniorus", the
    audience a concert "priecēja"."""
    word = WORD.match(text, char)
    return word is not None and "participant" in form(word[0]) and not word[0].lower().endswith("us")
