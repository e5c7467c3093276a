"""A funder's second verb, after "un", that grants money: "Kultūras ministrija biedrībai “Ozolu
centrs” deleģējusi uzdevumu un piešķīrusi finansējumu", "Dome izskatīja iesniegumu un piešķīra
līdzfinansējumu". From the funder's end, within `reach` words ([second_verb] in funding.toml) and
in its clause (no comma, no [cues] clause_breaks word other than a quote: a quoted name may stand
between), "un", then one of the [cues] grant_verbs and a support noun right after it (the sum
maybe between: "un piešķīra 900 eiro finansējumu"). Called from funding_pays.pays."""
from __future__ import annotations

from functools import lru_cache

from .funding_cues import MONEY_SUM, Cues
from .funding_receiver import dative_body
from .vocabulary import load

QUOTES = frozenset("„“”«»\"")


@lru_cache(maxsize=1)
def _words() -> tuple[int, frozenset[str]]:
    c = load("funding")["second_verb"]
    return int(c["reach"]), frozenset(w.lower() for w in c["links"])


def granted_after_and(text: str, tokens, after: int, cues: Cues) -> bool:
    """Whether "un" and a granting verb with its support noun follow the funder ending before token
    `after`, in its clause (looks at `reach` tokens)."""
    reach, links = _words()
    if after > 0 and dative_body(tokens[after - 1].text):
        return False  # "… deleģēja uzdevumu novada domei un piešķīra …": the body in the dative is given to
    seen = 0
    k = after
    while k < len(tokens) and seen < reach:
        word = tokens[k].text.lower()
        k += 1
        if not word.strip():
            continue
        seen += 1
        if word == "," or word in cues.clause_breaks and word not in QUOTES:
            return False
        if word in links:
            return _grant_at(text, tokens, k, cues)
    return False


def _grant_at(text: str, tokens, k: int, cues: Cues) -> bool:
    """Whether a granting verb, then (past a sum) a support noun, stand from token `k` on."""
    k = _next_word(tokens, k)
    if k >= len(tokens) or tokens[k].text.lower() not in cues.grant_verbs:
        return False
    k = _next_word(tokens, k + 1)
    if k < len(tokens) and (amount := MONEY_SUM.match(text, tokens[k].start)):
        while k < len(tokens) and tokens[k].start < amount.end():
            k += 1
        k = _next_word(tokens, k)
    return k < len(tokens) and tokens[k].stem in cues.support


def _next_word(tokens, k: int) -> int:
    while k < len(tokens) and not tokens[k].text.strip():
        k += 1
    return k
