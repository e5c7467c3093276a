"""Money the council decides to grant: "Ozolu novada dome nolēma piešķirt 3000 eiro biedrībai",
"domes sēdē nolemts atbalstīt nometni, piešķirot šim nolūkam finansējumu 900 eiro apmērā". The
council's word (or its sitting: "domes sēdē") with a word of deciding right after it, then later
in the sentence a granting verb with an amount or a noun of money after it, pays. Not a benefit
granted to a person ("dome nolēma piešķirt pabalstu 100 eiro"), nor a decision to support in
words only ("dome nolēma atbalstīt ieceri"). Called from funding_pays.pays; the words are
data (data/funding.toml [decision])."""
from __future__ import annotations

from functools import lru_cache

from ..latvian.lemmas import stem
from .funding_cues import MONEY_SUM
from .vocabulary import load


@lru_cache(maxsize=1)
def _words():
    c = load("funding")["decision"]
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return (lower(c["sittings"]), lower(c["deciding"]), lower(c["grants"]), frozenset(stem(w) for w in c["money"]),
            tuple(w.lower() for w in c["not_money"]), int(c["reach"]))


def decided_to_grant(text: str, tokens, after: int) -> bool:
    """Whether the council's word ending before token `after` is followed by a word of deciding
    (its sitting may stand between: "domes sēdē nolemts") and later in the sentence by a granting
    verb with an amount or a noun of money within `reach` words after it."""
    sittings, deciding, grants, money, not_money, reach = _words()
    k = after
    while k < len(tokens) and not tokens[k].text.strip():
        k += 1
    if k < len(tokens) and tokens[k].text.lower() in sittings:
        k += 1
        while k < len(tokens) and not tokens[k].text.strip():
            k += 1
    if k >= len(tokens) or tokens[k].text.lower() not in deciding:
        return False
    for j in range(k + 1, len(tokens)):
        if tokens[j].text.lower() not in grants:
            continue
        # (words only: the quotes of a recipient's name do not use up the reach, "piešķirt biedrībai
        # „Ozolu krasta draugi” līdzfinansējumu")
        words = [t for t in tokens[j + 1:j + 1 + 3 * reach] if t.text[:1].isalnum()][:reach]
        for t in words:
            if t.text.lower().startswith(not_money):
                return False
            if t.stem in money or MONEY_SUM.match(text, t.start):
                return True
    return False
