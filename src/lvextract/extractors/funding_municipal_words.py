"""The words of data/funding.toml [municipal_payer] as the council-payer readings ask for them, loaded once:
lower-case words, stems and word beginnings (funding_municipal_payer.py's readings, and
funding_contest_money.py's scheme money told apart, read the same sets)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..latvian.lemmas import stem
from ..latvian.orthography import OPENING_QUOTES
from .funding_cues import dative_endings, plural_dative_endings, sum_at
from .vocabulary import load


@dataclass(frozen=True)
class Words:
    bodies: frozenset[str]  # lower-case genitives
    units_after: dict[str, frozenset[str]]  # a unit's genitive → the owners' words right before it
    not_municipal_before: frozenset[str]
    territories: frozenset[str]
    money: frozenset[str]  # stems
    schemes: frozenset[str]  # stems
    scheme_qualifiers: frozenset[str]  # lower-case words
    support: frozenset[str]  # stems
    support_contexts: frozenset[str]  # stems
    money_said: frozenset[str]  # stems
    grant_words: tuple[str, ...]  # beginnings
    subject_bodies: frozenset[str]  # lower-case nominatives
    units: frozenset[str]  # lower-case nominatives
    organizing: frozenset[str]  # lower-case words
    contest_money: frozenset[str]  # lower-case words
    announcing: frozenset[str]  # lower-case words
    thanked_openers: frozenset[str]  # lower-case words
    contests: frozenset[str]  # stems
    budget: frozenset[str]  # stems
    contracts: frozenset[str]  # stems
    clause_words_kept: frozenset[str]
    receiving: tuple[str, ...]  # beginnings
    benefits: tuple[str, ...]  # beginnings
    granted_reach: int
    attracting: tuple[str, ...]  # beginnings
    genitive_endings: tuple[str, ...]
    abbreviations: frozenset[str]  # lower case
    from_words: frozenset[str]
    from_reach: int
    obliged_bodies: frozenset[str]
    obliged_verbs: tuple[str, ...]
    auxiliaries: frozenset[str]
    debitive_prefix: str  # "jā"
    converb_endings: tuple[str, ...]  # a granting word's that grants no sum: "piešķirot"
    paid_with_endings: tuple[str, ...]  # the dative plural after "par" that pays: "par pašvaldības līdzekļiem"
    dative_endings: tuple[str, ...]  # a thanked scheme's dative: "… konkursam"
    chain_reach: int
    capitals: int
    clause_reach: int
    other_owner_endings: tuple[str, ...]  # a genitive's that owns a scheme: "Lauku atbalsta dienesta projektu konkurss"
    purpose_openers: frozenset[str]  # lower-case words: a purpose clause's money is no scheme's money told
    money_adjectives: frozenset[str]  # stems: "finansiālo atbalstu" after a chain is money
    contributing_between: frozenset[str]  # lower-case words: "pašvaldība ar savu līdzfinansējumu"
    inserted_breaks: frozenset[str]  # lower-case words: an inserted phrase holding one is a clause
    announced_participles: frozenset[str]  # lower-case words: "domes izsludinātajam projektu konkursam"
    allotted_items: frozenset[str]  # lower-case plural datives: "projektiem kopā atvēlēti 7200 eiro"
    named_nouns: frozenset[str]  # stems: a quote right after one opens its name, no clause


@lru_cache(maxsize=1)
def municipal_words() -> Words:
    data = load("funding")
    c = data["municipal_payer"]
    stems = lambda words: frozenset(stem(w) for w in words)  # noqa: E731
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return Words(
        bodies=lower(c["bodies"]), units_after={k: lower(v) for k, v in c["units_after"].items()},
        not_municipal_before=lower(c["not_municipal_before"]), territories=lower(c["territories"]),
        money=stems(c["money"]), schemes=stems(c["schemes"]), scheme_qualifiers=lower(c["scheme_qualifiers"]),
        support=stems(c["support"]), support_contexts=stems(c["support_contexts"]),
        money_said=stems(c["money"] + c["money_said"]), grant_words=tuple(c["grant_words"]),
        subject_bodies=lower(c["subject_bodies"]), units=lower(c["units"]), organizing=lower(c["organizing"]),
        contest_money=lower(c["contest_money"]), announcing=lower(c["announcing"]),
        thanked_openers=lower(c["thanked_openers"]),
        contests=stems(c["contests"]), budget=stems(c["budget"]), contracts=stems(c["contracts"]),
        clause_words_kept=lower(c["clause_words_kept"]), receiving=tuple(c["receiving"]),
        benefits=tuple(data["decision"]["not_money"]), granted_reach=int(c["granted_reach"]),
        attracting=tuple(c["attracting"]), genitive_endings=tuple(c["genitive_endings"]),
        abbreviations=lower(c["abbreviations"]), from_words=lower(data["cues"]["from_words"]),
        from_reach=int(c["from_reach"]), obliged_bodies=lower(c["obliged_bodies"]),
        obliged_verbs=tuple(c["obliged_verbs"]), auxiliaries=lower(c["auxiliaries"]),
        debitive_prefix=c["debitive_prefix"], converb_endings=tuple(c["converb_endings"]),
        paid_with_endings=plural_dative_endings(), dative_endings=dative_endings(),
        chain_reach=int(c["chain_reach"]), capitals=int(c["capitals"]), clause_reach=int(c["clause_reach"]),
        other_owner_endings=tuple(c["other_owner_endings"]), purpose_openers=lower(c["purpose_openers"]),
        money_adjectives=stems(c["money_adjectives"]), contributing_between=lower(c["contributing_between"]),
        inserted_breaks=lower(c["inserted_breaks"]), announced_participles=lower(c["announced_participles"]),
        allotted_items=lower(c["allotted_items"]), named_nouns=stems(c["named_nouns"]))


def name_quote(tokens, k: int) -> bool:
    """Whether token `k` is an opening quote right after a scheme's or a project's noun: the quote opens that
    one's own name ("konkursa “Uzlabosim savu ikdienu!” finansiālam atbalstam", "piedalījās ar projektu
    “Gaisma” un ieguva finansējumu"), not another clause; the readings that cut a sentence into clauses at
    an opening quote ([cues] clause_breaks) keep such a name in its clause (fd8, s42)."""
    return k > 0 and tokens[k].text in OPENING_QUOTES and tokens[k - 1].stem in municipal_words().named_nouns


def clause_numbers(tokens, lowers: tuple[str, ...], breaks: frozenset[str],
                   purposes: frozenset[str] = frozenset()) -> tuple[set[int], list[int]]:
    """One sentence cut into clauses, in one walk: the indices of the words that open another clause (a
    clause word of `breaks`, not a quote opening a scheme's or a project's name: name_quote), and per token
    the number of its clause (how many such words stand up to it). A purpose clause ("Lai nodrošinātu
    finansējuma sadali, …"), from a word of `purposes` to its comma, is in no clause: -1. The council-payer
    readings (funding_municipal_payer.py, no purposes) and a scheme's money told apart
    (funding_contest_money.py) number clauses alike."""
    openers: set[int] = set()
    numbers: list[int] = []
    count, purpose = 0, False
    for k, word in enumerate(lowers):
        purpose = word in purposes or purpose and word != ","
        if word in breaks and not name_quote(tokens, k):
            openers.add(k)
            count += 1
        numbers.append(-1 if purpose else count)
    return openers, numbers


def names_money(text: str, token, lower: str, w: Words) -> bool:
    """Whether the token names money as the council-payer readings and a scheme's money told apart both
    read it: a money word ("finansējums", "līdzekļi"), a granting word's beginning, or a sum."""
    return token.stem in w.money_said or lower.startswith(w.grant_words) or sum_at(text, token)
