"""A council's support shared with a fund's: "Ar ELFLA fonda un Ozolu novada domes atbalstu
darbojas klubs", "ar Labdarības fonda un Liepu novada domes atbalstu".

A council's bare "atbalsts" after "ar" is help of any kind (funding_pays: "Koncerts notiks ar
domes atbalstu" pays nothing). Said with a fund or a programme before it, both genitives owning the
one support noun, the support is the fund's kind — money — and the council pays its part as the
fund does ([shared_fund] nouns: stems, whole words). Another body's support shares nothing that
says money: "ar biedrības un domes atbalstu" stays vague.
"""
from __future__ import annotations

from functools import lru_cache

from ..latvian.lemmas import stem
from .funding_cues import clause_verb
from .funding_given import support_openers
from .vocabulary import load

# How many tokens the fund's phrase may take between "ar" and "un": "Eiropas Lauksaimniecības fonda
# lauku attīstībai (ELFLA)".
REACH = 12


@lru_cache(maxsize=1)
def _fund_nouns() -> frozenset[str]:
    return frozenset(stem(w) for w in load("funding")["shared_fund"]["nouns"])


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    return frozenset(w.lower() for w in load("funding")["shared_fund"]["links"])


def shared_with_fund(tokens, begin: int, breaks: frozenset[str]) -> bool:
    """Whether the funder's phrase starting at `begin` follows "un" after a fund's genitive that
    "ar"/"pateicoties" opens: a bounded look back of REACH tokens, stopped by a clause word or a verb
    (as funding_pays._before: "Ar fonda atbalstu uzbūvēja laukumu un domes …" shares nothing)."""
    if begin < 2 or tokens[begin - 1].text.lower() not in _links():
        return False
    fund = False
    for k in range(begin - 2, max(-1, begin - 2 - REACH), -1):
        word = tokens[k].text.lower()
        if word in support_openers():
            return fund
        if word in breaks or word in _links() or clause_verb(tokens[k]):
            return False
        if tokens[k].text[:1].isalpha() and tokens[k].stem in _fund_nouns():
            fund = True
    return False
