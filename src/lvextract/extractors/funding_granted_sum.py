"""A body that grants a sum, a recipient between: "Pašvaldība projektam piešķīra 3000 eiro",
"Novada dome piešķīra biedrībai 500 eiro nometnes rīkošanai". After the funder's word, at most
`between` words in the dative (the recipient or the purpose: "-am", "-ai", "-iem", "-ām", "-ei"; a purpose's
genitives before its dative with it: "dome projekta realizācijai piešķīra 13 000 eiro", "pašvaldība jauniešu
darba prakšu īstenošanai atvēlējusi 7000 EUR"), a granting verb
(funding.toml [granted_sum] `verbs`), again at most that many datives, then an amount with its
currency; not a benefit for a person (the [decision] `not_money` beginnings among the few words
after the amount: "piešķīra pabalstu 100 eiro", "… 100 eiro pabalstu"). Called from
funding_pays.pays."""
from __future__ import annotations

from functools import lru_cache

from .funding_cues import MONEY_SUM, dative_endings
from .vocabulary import load

GENITIVE_ENDINGS = ("a", "as", "es", "us", "u")  # the singular's and the plural's ("projekta", "skolas", "ēku")
# How many genitives may stand before a purpose's dative: "jauniešu darba prakšu īstenošanai".
GENITIVE_CHAIN = 3


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], int, tuple[str, ...]]:
    c = load("funding")
    return (frozenset(w.lower() for w in c["granted_sum"]["verbs"]), int(c["granted_sum"]["between"]),
            tuple(w.lower() for w in c["decision"]["not_money"]))


@lru_cache(maxsize=1)
def _before_verb() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    c = load("funding")["granted_sum"]
    sources = sorted((tuple(w.lower() for w in s) for s in c.get("sources", [])), key=len, reverse=True)
    return tuple(sources), tuple((w.lower(),) for w in c.get("auxiliaries", []))


def granted_sum(text: str, tokens, after: int) -> bool:
    """Whether the funder ending before token `after` grants an amount, a recipient maybe between."""
    verbs, between, not_money = _words()
    k = _past_datives(tokens, _past_source(tokens, after), between, verbs)
    if k >= len(tokens) or tokens[k].text.lower() not in verbs:
        return False
    words_after_verb = [tokens[j].text.lower() for j in range(k + 1, min(len(tokens), k + 3))]
    k = _past_approximation(tokens, _past_datives(tokens, k + 1, between, verbs))
    if k >= len(tokens):
        return False
    amount = MONEY_SUM.match(text, tokens[k].start)
    if amount is None:
        return False
    tail = [t.text.lower() for t in tokens if amount.end() <= t.start][:2]
    return not any(w.startswith(not_money) for w in words_after_verb + tail)


def _past_datives(tokens, k: int, most: int, verbs: frozenset[str]) -> int:
    """Token index past at most `most` lower-case dative words from `k` (spaces skipped), each maybe
    with one lower-case genitive right before it ("projekta īstenošanai", "skolas remontam"; not a
    granting verb of `verbs`, "piešķīra biedrībai")."""
    seen = 0
    while k < len(tokens):
        word = tokens[k].text
        if not word.strip():
            k += 1
            continue
        if seen < most and _dative(word):
            seen += 1
            k += 1
            continue
        if seen < most and _genitive(word, verbs):
            # (a chain of genitives before it: "jauniešu darba prakšu īstenošanai", at most GENITIVE_CHAIN)
            j, chain = k + 1, 1
            while j < len(tokens):
                if not tokens[j].text.strip():
                    j += 1
                elif chain < GENITIVE_CHAIN and _genitive(tokens[j].text, verbs):
                    j, chain = j + 1, chain + 1
                else:
                    break
            if j < len(tokens) and _dative(tokens[j].text):
                seen += 1
                k = j + 1
                continue
        break
    return k


def _genitive(word: str, verbs: frozenset[str]) -> bool:
    return _lower_word(word) and word.endswith(GENITIVE_ENDINGS) and word.lower() not in verbs


def _lower_word(word: str) -> bool:
    return word.isalpha() and word.islower()


def _dative(word: str) -> bool:
    return _lower_word(word) and word.endswith(dative_endings())


@lru_cache(maxsize=1)
def _approximations() -> tuple[tuple[str, ...], ...]:
    phrases = load("funding")["granted_sum"]["approximations"]
    return tuple(sorted((tuple(w.lower() for w in p) for p in phrases), key=len, reverse=True))


def _past_approximation(tokens, k: int) -> int:
    """Token index past one phrase that rounds the sum before it ("vairāk nekā 7000 EUR",
    "gandrīz 500 eiro": [granted_sum] approximations), spaces skipped; `k` if none stands there."""
    return _past_phrase(tokens, k, _approximations())


def _past_source(tokens, k: int) -> int:
    """Token index past the auxiliaries and one phrase of where the money comes from ("ir no sava
    budžeta") that may stand between the funder and its granting verb (spaces skipped)."""
    sources, auxiliaries = _before_verb()
    k = _past_auxiliaries(tokens, k, auxiliaries)
    return _past_auxiliaries(tokens, _past_phrase(tokens, k, sources), auxiliaries)


def _past_auxiliaries(tokens, k: int, auxiliaries: tuple[tuple[str, ...], ...]) -> int:
    while (past := _past_phrase(tokens, k, auxiliaries)) != k:
        k = past
    return k


def _past_phrase(tokens, k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Token index past the first of `phrases` (lower-case words, the longest first) that the words
    from token `k` begin with, spaces skipped and the spaces after it too; `k` if none does."""
    words: list[tuple[int, str]] = []  # (index, lower-case word) of the next few words
    j, longest = k, max(map(len, phrases), default=0)
    while j < len(tokens) and len(words) < longest:
        if tokens[j].text.strip():
            words.append((j, tokens[j].text.lower()))
        j += 1
    for phrase in phrases:
        if tuple(w for _, w in words[:len(phrase)]) == phrase:
            end = words[len(phrase) - 1][0] + 1
            while end < len(tokens) and not tokens[end].text.strip():
                end += 1
            return end
    return k
