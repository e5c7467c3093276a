"""Money a body gives, said before it: "Līdzfinansējumu projektam sniedza Ozolu novada dome".
A giving verb right before the funder counts only with a noun of money before it in the clause
(`[money_given] nouns`: co-funding, funding) or a sum right before the verb ("atlikušos Ls 3255 dos
Ozolu novada dome"), not with support of any kind ("Informatīvo atbalstu
sniedza dome", "pašvaldība sniedz atbalstu ģimenēm" pay nothing). Called from funding_pays.pays;
the words are data (data/funding.toml [money_given])."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..latvian.lemmas import stem
from ..latvian.money import currency_alternation
from .funding_cues import dative_endings
from .vocabulary import load

# A currency word closing a sum ("3255 latus", "Ls 3255" ends in its digits).
SUM_WORD = re.compile(r"(?:" + currency_alternation("EUR", "LVL") + r")", re.I)


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
    # the sum given right before the verb: "atlikušos Ls 3255 dos Ozolu novada dome", "500 eiro sniedza dome"
    if begin > 1 and (tokens[begin - 2].text[:1].isdigit() or SUM_WORD.fullmatch(tokens[begin - 2].text)):
        return True
    index = {id(t): i for i, t in enumerate(tokens[:begin])}

    def given(t) -> bool:
        # the money is what is given (accusative), not a topic ("jautājumus par finansējumu sniedz …")
        i = index[id(t)]
        return t.stem in nouns and t.text.lower().endswith("u") \
            and not (i > 0 and tokens[i - 1].text.lower() in topic_words)
    return before(begin - 1, given)


def purpose_or_end(tokens, k: int) -> bool:
    """Whether the words from `k` on end the clause or name a purpose in the dative, maybe after
    one genitive ("skolas remontam")."""
    for j in (k, k + 1):
        if j >= len(tokens) or not tokens[j].text[:1].isalnum():
            return True
        if tokens[j].text.lower().endswith(dative_endings()):
            return True
        if not tokens[j].text.lower().endswith(("as", "es", "a", "us", "s")):
            return False
    return False


UNIT_WORDS = 10
UNIT_GENITIVE = re.compile(r"[^\W\d_]{3,}(?:as|es|a|u|ā)")


def past_unit(tokens, at: int, stop: Callable) -> int:
    """The token after a funder's own unit said in the genitive from token `at` on ("Izglītības,
    kultūras un sporta departamenta", "Apkaimju iedzīvotāju centra"): at most UNIT_WORDS words,
    up to the first token that passes `stop`; `at` itself when none follows."""
    unit = at
    while unit < len(tokens) and unit - at < UNIT_WORDS and not stop(tokens[unit]) \
            and (tokens[unit].text in (",", "un") or UNIT_GENITIVE.fullmatch(tokens[unit].text)):
        unit += 1
    return unit if unit < len(tokens) and stop(tokens[unit]) else at


@lru_cache(maxsize=1)
def support_openers() -> frozenset[str]:
    """The words before a funder that a support noun after it completes: "ar … domes atbalstu",
    "pateicoties … pašvaldības atbalstam" (data/funding.toml [cues] support_openers)."""
    return frozenset(w.lower() for w in load("funding")["cues"]["support_openers"])


@lru_cache(maxsize=1)
def _funded_participles() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load("funding")
    return (frozenset(w.lower() for w in data["cues"]["funded_participles"]), tuple(data["other_body"]["bodies"]))


def funded_participle(tokens, at: int) -> bool:
    """"Kultūras ministrijas finansētā programma": a participle of financing at token `at`, right
    after the funder — not before another body it keeps ("domes finansētās skolas audzēkņi"). Or a
    participle of supporting after the funder's programme noun ("Rīgas domes programmas atbalstīts
    projekts"; [cues] programme_nouns, programme_supported): the programme must stand between, so a
    participle right at `at` (`at == start`: "domes atbalstīts", a body's bare support) is none."""
    words, bodies = _funded_participles()
    # (past the funder's own unit in the genitive: "Rīgas domes Izglītības, kultūras un sporta
    # departamenta programmas finansētā izrāde")
    start = at
    at = past_unit(tokens, start, lambda t: t.text.lower() in words)
    if at >= len(tokens) or tokens[at].text.lower() not in words:
        # (or supported by the funder's programme: "Rīgas domes programmas atbalstīts projekts")
        nouns, supported = _programme_support()
        at = past_unit(tokens, start, lambda t: t.text.lower() in supported)
        if at == start or at >= len(tokens) or tokens[at].text.lower() not in supported \
                or tokens[at - 1].stem not in nouns:
            return False
    then = tokens[at + 1].text.lower() if at + 1 < len(tokens) else ""
    return not then.startswith(bodies)


@lru_cache(maxsize=1)
def _programme_support() -> tuple[frozenset[str], frozenset[str]]:
    cues = load("funding")["cues"]
    return frozenset(stem(w) for w in cues["programme_nouns"]), frozenset(w.lower() for w in cues["programme_supported"])


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    return frozenset(w.lower() for w in load("funding")["cues"]["auxiliaries"])


def past_auxiliaries(tokens, after: int) -> int:
    """The token after up to two auxiliaries from `after` ("ir", "tiks", "ir ticis"): where the verb stands."""
    k = after
    while k < len(tokens) and k - after < 2 and tokens[k].text.lower() in _auxiliaries():
        k += 1
    return k


def verb_after_auxiliary(tokens, after: int, verbs: frozenset[str]) -> bool:
    """"Ārlietu ministrija ir atbalstījusi projektus": the funder's verb after an auxiliary or two."""
    k = past_auxiliaries(tokens, after)
    return after < k < len(tokens) and tokens[k].text.lower() in verbs


@lru_cache(maxsize=1)
def _modal_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    c = load("funding")["modal_grant"]
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return lower(c["modals"]), lower(c["grants"]), lower(c["pays"]), frozenset(stem(w) for w in c["money"])


def modal_grant(tokens, after: int) -> bool:
    """"Pašvaldība var piešķirt līdzfinansējumu projektam": a funder that may grant money by the
    rules of a call pays as one that grants it (a granting infinitive, then a noun of money; or a
    paying infinitive alone: "dome var līdzfinansēt projektus"); a benefit granted ("var piešķirt
    pabalstu") is no noun of money, so it pays for no project."""
    modals, grants, pays, money = _modal_words()
    if after + 1 >= len(tokens) or tokens[after].text.lower() not in modals:
        return False
    verb = tokens[after + 1].text.lower()
    if verb in pays:
        return True
    k = after + 2
    if k + 1 < len(tokens) and tokens[k].stem == _FINANCIAL:  # "var piešķirt finansiālu atbalstu"
        k += 1
    return verb in grants and k < len(tokens) and tokens[k].stem in money


_FINANCIAL = stem("finansiāls")
