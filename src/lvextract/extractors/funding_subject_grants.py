"""A public body told as the subject that grants money, in any wording of its clause (called from
funding_pays.pays): "Valsts katram dalībniekam ir atvēlējusi piecus latus", "Ministrija (IZM) solījusi
arī turpmāk tām piešķirt finansējumu", "Ozolu novada pašvaldība lēmusi par priekšfinansējuma
piešķiršanu", "iztrūkstošo summu piemaksās Ozolu novada dome" is not this (the body after its verb).

The body's word in the nominative ("pašvaldība", "dome", "ministrija"; "valsts", whose genitive is the
same word, only with nothing but a dative, an auxiliary or the granting word right after it), then in
its clause — no clause word ([cues] clause_breaks) and no verb but an auxiliary or one of promising,
deciding or planning ([subject_grants] intents) between — a granting word (a verb in any form or its
action noun: [subject_grants] grant_stems, matched at the word's start, so "nepiešķīra" is none) with
a money noun ([subject_grants] money) or a sum with its currency within `near` words of it, either side;
not a benefit for a person anywhere in that clause ([decision] not_money: "pabalstu", "kompensāciju").
Money flowing to the body is no grant of it: the body in the dative never reaches here
(funding_receiver.py); asking or applying is another verb, which ends the walk ("dome lūdz ministriju
piešķirt finansējumu"). One bounded look ahead of `reach` tokens per mention."""
from __future__ import annotations

from functools import lru_cache

from .funding_approved import in_nominative
from .funding_cues import clause_verb, cues, dative_endings, sum_at
from .vocabulary import load


@lru_cache(maxsize=1)
def _words():
    data = load("funding")
    c = data["subject_grants"]
    lower = lambda words: tuple(w.lower() for w in words)  # noqa: E731
    return (lower(c["grant_stems"]), lower(c["money"]), frozenset(lower(c["auxiliaries"])), lower(c["intents"]),
            frozenset(lower(c["same_as_genitive"])), lower(c["spelled_currencies"]), int(c["reach"]), int(c["near"]),
            lower(data["decision"]["not_money"]), frozenset(lower(c["paying_words"])))


def subject_grants(text: str, tokens, after: int) -> bool:
    """Whether the body ending before token `after` is the subject of a grant of money in its clause."""
    grant_stems, money, auxiliaries, intents, same_as_genitive, spelled, reach, near, not_money, paying = _words()
    body = tokens[after - 1]
    word = body.text.lower()
    words = [k for k in range(after, min(len(tokens), after + reach)) if tokens[k].text.strip()]
    if word in same_as_genitive:
        nxt = tokens[words[0]].text.lower() if words else ""
        if not (nxt in auxiliaries or nxt.startswith(grant_stems) or nxt.endswith(dative_endings())):
            return False
    elif not in_nominative(body):
        return False
    breaks = cues().clause_breaks
    grants: list[int] = []  # positions (in `words`) of granting words
    moneys: list[int] = []  # positions of money nouns or sums
    depth = 0  # inside a bracket ("ministrija (IZM) solījusi")
    found = False
    for position, k in enumerate(words):
        token = tokens[k]
        low = token.text.lower()
        if low == "(":
            depth += 1
            continue
        if low == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if low in breaks or low in {",", ".", "!", "?"}:
            break
        if low.startswith(not_money):
            return False  # a benefit for a person, whatever else is granted: "piešķīra 100 eiro pabalstu"
        # (each granting word or money is paired only with those before it: a pair is met once, when its
        # second one comes)
        if low in paying:  # a verb that says the money itself: "plāno finansēt"
            grants.append(position)
            moneys.append(position)
            found = True
        elif low.startswith(grant_stems):
            grants.append(position)
            found = found or any(position - m <= near for m in moneys)
        elif low.startswith(money) or sum_at(text, token) \
                or low in spelled and position > 0:
            moneys.append(position)
            found = found or any(position - g <= near for g in grants)
        elif clause_verb(token) and low not in auxiliaries and not low.startswith(intents):
            break
    return found
