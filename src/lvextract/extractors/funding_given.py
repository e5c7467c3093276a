"""Money a body gives, said before it: "Līdzfinansējumu projektam sniedza Ozolu novada dome".
A giving verb right before the funder counts only with a noun of money before it in the clause
(`[money_given] nouns`: co-funding, funding), not with support of any kind ("Informatīvo atbalstu
sniedza dome", "pašvaldība sniedz atbalstu ģimenēm" pay nothing). Called from funding_mentions._pays;
the words are data (data/funding.toml [money_given])."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ..latvian.lemmas import stem
from .vocabulary import load


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    c = load("funding")["money_given"]
    return (frozenset(w.lower() for w in c["verbs"]), frozenset(stem(w) for w in c["nouns"]),
            frozenset(w.lower() for w in c["topic_words"]))


def money_given_before(tokens, begin: int, before: Callable[[int, Callable], bool]) -> bool:
    """Whether the funder starting at token `begin` follows a giving verb with a noun of money
    before that in its clause (`before(at, wanted)` searches the clause back from `at`)."""
    verbs, nouns, topic_words = _words()
    if begin <= 0 or tokens[begin - 1].text.lower() not in verbs:
        return False
    index = {id(t): i for i, t in enumerate(tokens[:begin])}

    def given(t) -> bool:
        # the money is what is given (accusative), not a topic ("jautājumus par finansējumu sniedz …")
        i = index[id(t)]
        return t.stem in nouns and t.text.lower().endswith("u") \
            and not (i > 0 and tokens[i - 1].text.lower() in topic_words)
    return before(begin - 1, given)
