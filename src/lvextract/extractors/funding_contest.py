"""Money granted in a body's call for projects, the body said in the genitive before it:
"Kultūras ministrijas izsludinātajā konkursā biedrībai piešķirti 3000 eiro", "novada domes
rīkotajā projektu konkursā biedrība ieguva finansējumu". The body pays only where its sentence
says money was granted (a granting word, then an amount or a noun of money); taking part in the
call ("ministrijas izsludinātajā konkursā piedalījās 20 biedrības") pays nothing. Called from
funding_pays.pays; the words are data (data/funding.toml [contest])."""
from __future__ import annotations

from functools import lru_cache

from ..latvian.lemmas import stem
from .funding_cues import MONEY_SUM
from .vocabulary import load


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    c = load("funding")["contest"]
    return (frozenset(w.lower() for w in c["participles"]), frozenset(stem(w) for w in c["nouns"]),
            frozenset(w.lower() for w in c["grants"]), frozenset(stem(w) for w in c["money"]), int(c["reach"]))


def granted_in_contest(text: str, tokens, after: int) -> bool:
    """Whether the genitive funder ending before token `after` announced a call (a participle, at
    most `reach` words, a call noun) in whose sentence money is then granted."""
    participles, nouns, grants, money, reach = _words()
    if after >= len(tokens) or tokens[after].text.lower() not in participles:
        return False
    k = after + 1
    while k < len(tokens) and k - after <= reach and tokens[k].stem not in nouns:
        k += 1
    if k >= len(tokens) or tokens[k].stem not in nouns:
        return False
    for j in range(k + 1, len(tokens)):
        if tokens[j].text.lower() in grants:
            return any(MONEY_SUM.match(text, t.start) or t.stem in money for t in tokens[j + 1:]) \
                or any(t.stem in money for t in tokens[k + 1:j])
    return False
