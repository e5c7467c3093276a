"""A body that grants a sum, a recipient between: "Pašvaldība projektam piešķīra 3000 eiro",
"Novada dome piešķīra biedrībai 500 eiro nometnes rīkošanai". After the funder's word, at most
`between` words in the dative (the recipient: "-am", "-ai", "-iem", "-ām", "-ei"), a granting verb
(funding.toml [granted_sum] `verbs`), again at most that many datives, then an amount with its
currency; not a benefit for a person (the [decision] `not_money` beginnings among the few words
after the amount: "piešķīra pabalstu 100 eiro", "… 100 eiro pabalstu"). Called from
funding_mentions._pays."""
from __future__ import annotations

from functools import lru_cache

from .funding_decision import AMOUNT
from .vocabulary import load

DATIVE_ENDINGS = ("am", "ai", "iem", "ām", "ēm", "ei", "im")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], int, tuple[str, ...]]:
    c = load("funding")
    return (frozenset(w.lower() for w in c["granted_sum"]["verbs"]), int(c["granted_sum"]["between"]),
            tuple(w.lower() for w in c["decision"]["not_money"]))


def granted_sum(text: str, tokens, after: int) -> bool:
    """Whether the funder ending before token `after` grants an amount, a recipient maybe between."""
    verbs, between, not_money = _words()
    k = _past_datives(tokens, after, between)
    if k >= len(tokens) or tokens[k].text.lower() not in verbs:
        return False
    words_after_verb = [tokens[j].text.lower() for j in range(k + 1, min(len(tokens), k + 3))]
    k = _past_datives(tokens, k + 1, between)
    if k >= len(tokens):
        return False
    amount = AMOUNT.match(text, tokens[k].start)
    if amount is None:
        return False
    tail = [t.text.lower() for t in tokens if amount.end() <= t.start][:2]
    return not any(w.startswith(not_money) for w in words_after_verb + tail)


def _past_datives(tokens, k: int, most: int) -> int:
    """Token index past at most `most` lower-case dative words from `k` (spaces skipped)."""
    seen = 0
    while k < len(tokens):
        word = tokens[k].text
        if not word.strip():
            k += 1
            continue
        if seen < most and word.isalpha() and word.islower() and word.endswith(DATIVE_ENDINGS):
            seen += 1
            k += 1
            continue
        break
    return k
