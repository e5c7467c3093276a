"""A group a harm is against, where the text sets out to prevent it ("mazināt vardarbību pret
bērniem", "cīnīties pret diskrimināciju pret romiem"): those protected are served. Talked about
("seminārs par vardarbību pret senioriem") the harm is a topic and the group with it (served.py
asks only where "pret" governs the group). Words: target_groups.toml [protected]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load

REACH_WORDS = 40  # from the harm noun back to the verb of preventing, in its sentence (past a list of harms)


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["protected"]
    return tuple(c["harms"]), tuple(c["preventing"])


def protected_from_harm(reader, against: int) -> bool:
    """Whether "pret" at token `against` follows a harm noun that a verb or noun of preventing
    governs, earlier in its sentence, with no "par" right before the harm (a topic)."""
    harms, preventing = _words()
    harm = reader.previous_word(against)
    if harm is None or not reader.word(harm).startswith(harms):
        return False
    i = reader.previous_word(harm)
    if i is None or reader.word(i) in reader.ctx.topic_prepositions:
        return False
    for _ in range(REACH_WORDS):
        if i is None:
            return False
        if reader.word(i).startswith(preventing):
            return True
        if reader.sdoc[i].is_sent_start:
            return False
        i = reader.previous_word(i)
    return False
