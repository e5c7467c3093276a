"""The words of data/funding.toml [cues] that say a funder's sentence pays, read once into one
record for funding_pays.pays; and how far back a body's name runs over lower-case genitives
(long_name_start), or over a list of places that own one body (coordinated_owners_start); the
word after a granting participle past its qualifiers (past_qualifiers)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..latvian.lemmas import stem
from ..latvian.money import amount_pattern
from ..latvian.verb_forms import is_verb_form
from .vocabulary import load

# A sum in euro or lats, digits then the currency ("3000 eiro", "1 500,00 EUR"): one name for the funding
# readings that ask whether a granting word, a share or a scheme's clause names money, so they agree on it.
MONEY_SUM = amount_pattern("EUR", "LVL")


def sum_at(text: str, token) -> bool:
    """Whether a sum in euro or lats (digits, then the currency) starts at the token: the readings of a
    scheme's, a council's and a programme's money and of a subject that grants ask it of each token
    (funding_contest_money.py, funding_municipal_payer.py, funding_programme_money.py, funding_subject_grants.py)."""
    return token.text[:1].isdigit() and MONEY_SUM.match(text, token.start) is not None


@dataclass(frozen=True)
class Cues:
    verbs: frozenset[str]  # lower-case words
    window: int
    clause_breaks: frozenset[str]
    phrase_ends: frozenset[str]
    support: frozenset[str]
    support_adjectives: frozenset[str]
    name_words: frozenset[str]
    grant_verbs: frozenset[str]  # lower-case words
    grant_participles: frozenset[str]  # lower-case words
    caption_words: frozenset[str]  # lower-case words
    image_files: tuple[str, ...]  # file name endings
    from_words: frozenset[str]  # lower-case words
    labels: frozenset[str]  # lower-case words
    label_links: frozenset[str]  # lower-case words and dashes
    granted_money: frozenset[str]  # stems
    long_name_bodies: frozenset[str]  # stems
    long_name_reach: int
    grant_qualifiers: frozenset[str]  # stems
    vague_support: frozenset[str]  # stems
    vague_support_ids: frozenset[str]
    providing_verbs: frozenset[str]  # lower-case words: "dome nodrošina atbalstu" is help of any kind


@lru_cache(maxsize=1)
def cues() -> Cues:
    c = load("funding")["cues"]
    stems = lambda words: frozenset(stem(w) for w in words)  # noqa: E731
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return Cues(lower(c["verbs"]), int(c["window"]), lower(c["clause_breaks"]), lower(c["phrase_ends"]),
                stems(c["support"]), stems(c["support_adjectives"]), lower(c["name_words"]),
                lower(c["grant_verbs"]), lower(c["grant_participles"]),
                lower(c["caption_words"]), tuple(c["image_files"]), lower(c["from_words"]), lower(c["labels"]),
                lower(c["label_links"]), stems(c["granted_money"]), stems(c["long_name_bodies"]), int(c["long_name_reach"]),
                stems(c["grant_qualifiers"]), stems(c["vague_support"]), frozenset(c["vague_support_ids"]),
                lower(c["providing_verbs"]))


@lru_cache(maxsize=1)
def dative_endings() -> tuple[str, ...]:
    """The dative's endings, singular and plural (funding.toml [dative])."""
    c = load("funding")["dative"]
    return tuple(c["singular"]) + tuple(c["plural"])


@lru_cache(maxsize=1)
def plural_dative_endings() -> tuple[str, ...]:
    """The dative plural's endings (funding.toml [dative] plural)."""
    return tuple(load("funding")["dative"]["plural"])


def long_name_start(tokens, first: int, cues: Cues) -> int:
    """The first token of a body's name that runs over lower-case genitives and "un" back to a
    capitalised genitive ("Vides aizsardzības un reģionālās attīstības ministrija"): only for
    `long_name_bodies`, at most `long_name_reach` words back; `first` when no capitalised word
    ends the run (a verb or a sum before the body: "piešķīris ministrija")."""
    if tokens[first].stem not in cues.long_name_bodies:
        return first
    for k in range(first - 1, max(-1, first - 1 - cues.long_name_reach), -1):
        word = tokens[k].text
        if not word.isalpha() or not word.endswith(("s", "u")) and word != "un":
            return first
        if word[0].isupper():
            return k if word != "un" and k < first - 1 else first
    return first


def _place_genitive(token) -> bool:
    """A capitalised place name in the genitive ("Ozolu", "Aglonas", "Lejasciema"), not an
    abbreviation ("ES"); one in -a only when inflected (its lemma another word), since a feminine
    nominative ends so too ("finansē Eiropas Savienība un Latvijas valsts")."""
    word = token.text
    if not (word.isalpha() and word[0].isupper() and not word.isupper()):
        return False
    return word.endswith(("u", "s")) or word.endswith("a") and token.lemma.lower() != word.lower()


def coordinated_owners_start(tokens, begin: int, reach: int = 8) -> int:
    """The first token of a list of places in the genitive that own one body, joined by commas
    and "un", before the body's name at `begin`: "Ozolu, Priežu un Egļu pašvaldības" (the grant
    verb or the support word then stands before the list, not before the last place). `begin`
    when its word is no such place; at most `reach` tokens back."""
    if begin >= len(tokens) or not _place_genitive(tokens[begin]):
        return begin
    k = begin
    while k >= 2 and begin - k < reach and tokens[k - 1].text in (",", "un") and _place_genitive(tokens[k - 2]):
        k -= 2
    return k


def past_qualifiers(tokens, at: int, cues: Cues):
    """The token at `at`, or the first one after at most two qualifiers of the amount
    (`grant_qualifiers`: "domes piešķirtais kopējais finansējums"); None past the sentence."""
    k = at
    while k < len(tokens) and k - at < 2 and tokens[k].stem in cues.grant_qualifiers:
        k += 1
    return tokens[k] if k < len(tokens) else None


def clause_verb(token) -> bool:
    """A lower-case word whose lemma is an infinitive (-t, -ties): a verb of its own clause, where a
    walk back to a funder's cue stops (not the few other words that end so: "bet", "pat";
    latvian/verb_forms.py)."""
    return token.text.islower() and is_verb_form(token.text, token.lemma)
