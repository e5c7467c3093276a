"""A venue's name from the locative back to the nominative: "Latvijas Universitātē" → "Latvijas
Universitāte". The head noun (the last word) carries the locative ending, adjectives before it agree
with it, genitive modifiers ("Latvijas", "kultūras", "Ventspils") stay as they are. The endings map
back by declension: -ē → -e, -ū → -us, -ī → -is (or -s after "pil": pils), plural -os → -i, -ās → -as,
-īs → -is, -ēs → -es. Only -ā is ambiguous (Rīgā ← Rīga, namā ← nams): a list of masculine venue
stems, the lemmatizer and a small list of place names decide it (latvian/data/places.toml).
places.py finds the venue of a clause and restores it with `nominative`."""
from __future__ import annotations

from functools import lru_cache

from .. import datafiles
from . import lemmas

LOCATIVE_ENDINGS = ("ā", "ē", "ī", "ū", "os", "ās", "ēs", "īs")
# The same endings as a regex group, for patterns that close a word on its locative.
LOCATIVE_ENDING = "(?:" + "|".join(LOCATIVE_ENDINGS) + ")"


@lru_cache(maxsize=1)
def places_data() -> dict:
    return datafiles.latvian("places")


def known_places() -> dict[str, str]:
    """Locative (lower case) → nominative of the listed place names."""
    return places_data()["locative"]


@lru_cache(maxsize=1)
def _masculine_stems() -> frozenset[str]:
    return frozenset(places_data()["masculine_a"]["stems"])


@lru_cache(maxsize=1)
def _masculine_heads() -> tuple[str, ...]:
    """The masculine stems long enough to close a compound written as one word ("Dzirnezerā" →
    "Dzirnezers", "kultūrcentrā" → "kultūrcentrs"): no feminine word ends in them."""
    return tuple(s for s in _masculine_stems() if len(s) >= MIN_COMPOUND_HEAD)


MIN_COMPOUND_HEAD = 4


@lru_cache(maxsize=1)
def _masculine_suffixes() -> tuple[str, ...]:
    """Endings of masculine loan nouns a capital may start ("Seminārā", "Doktorātā")."""
    return tuple(places_data()["masculine_a"].get("suffixes", []))


def is_adjective(low: str) -> bool:
    """An adjective form ("lielā", "starptautiskās"): its stem takes a definite ending, or its lemma ends in
    an adjective suffix (places.toml [adjectives])."""
    if lemmas.is_adjective_form(low):
        return True
    lem = lemmas.lemma(low)
    return lem.endswith("s") and lem[:-1].endswith(tuple(places_data()["adjectives"]["suffixes"]))


@lru_cache(maxsize=1)
def _feminine_a_stems() -> frozenset[str]:
    """Stems in -ā the lemmatizer takes for masculine."""
    return frozenset(places_data()["feminine_a"]["stems"])


@lru_cache(maxsize=1)
def _feminine_i_stems() -> frozenset[str]:
    """6th-declension stems in -ī, feminine like "pils"."""
    return frozenset(places_data()["feminine_i"]["stems"])


def is_locative(word: str) -> bool:
    low = word.lower()
    return low in known_places() or (len(low) > 2 and low.endswith(LOCATIVE_ENDINGS))


def _match_case(template: str, word: str) -> str:
    if template[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


# The definite adjective's nominative endings by (gender, plural): "lielais", "lielā", "lielie", "lielās".
_DEFINITE_NOMINATIVE = {("m", False): "ais", ("f", False): "ā", ("m", True): "ie", ("f", True): "ās"}


def definite_nominative(written: str, stem: str, gender: str, plural: bool = False) -> str:
    """A definite adjective of the (lower-case) `stem` in the nominative of the gender and number,
    capitalised as `written` is: ("Sociālā", "sociāl", "m") → "Sociālais". Shared by the venues here
    and the bodies of latvian/agreement.py."""
    return _match_case(written, stem + _DEFINITE_NOMINATIVE[gender, plural])


def _lemma_says(word: str, choices: tuple[str, ...]) -> str | None:
    """The lemmatizer's nominative when it is one of the forms the rules allow."""
    guess = lemmas.lemma(word).lower()
    return guess if guess in choices else None


# Locative endings whose nominative follows from the ending alone: (locative, nominative, gender,
# plural), tried in order ("-ās" before "-ā", which needs the stem's evidence below).
_REGULAR_LOCATIVES = (("os", "i", "m", True), ("ās", "as", "f", True), ("ēs", "es", "f", True),
                      ("īs", "is", "f", True), ("ē", "e", "f", False), ("ū", "us", "m", False))


def _head_nominative(word: str) -> tuple[str, str, bool]:
    """(nominative, gender "m"/"f", plural) of a locative head noun."""
    low = word.lower()
    known = known_places().get(low)
    if known:
        gender = "m" if known.endswith(("s", "š", "i")) and not known.endswith(("pils", "Cēsis")) else "f"
        return known, gender, low.endswith(("os", "ās", "ēs", "īs"))
    for ending, nominative, gender, plural in _REGULAR_LOCATIVES:
        if low.endswith(ending):
            return _match_case(word, low[:-len(ending)] + nominative), gender, plural
    if low.endswith("ī"):
        rest = low[:-1]
        if rest.endswith("pil") or rest in _feminine_i_stems():  # pils, Daugavpils, pirts: 6th declension, feminine
            return _match_case(word, rest + "s"), "f", False
        return _match_case(word, rest + "is"), "m", False
    if low.endswith("ā"):
        rest = low[:-1]
        masculine = rest + ("š" if rest.endswith("ļ") else "s")
        feminine = rest + "a"
        if rest.endswith("ij") or rest in _feminine_a_stems():
            return _match_case(word, feminine), "f", False
        if rest.endswith("um") or rest in _masculine_stems() or rest.endswith(_masculine_heads()):
            return _match_case(word, masculine), "m", False
        if word[:1].isupper() and not lemmas.is_listed(low) and not rest.endswith(_masculine_suffixes()):
            # An unlisted proper name ("Tilžā", "Ozolmuižā"): the lemmatizer's guess leans masculine,
            # but most place names in -ā are feminine; masculine heads and loan suffixes came first.
            return _match_case(word, feminine), "f", False
        said = _lemma_says(low, (masculine, feminine))
        if said:
            return _match_case(word, said), "m" if said == masculine else "f", False
        return _match_case(word, feminine), "f", False
    return word, "f", False


def _modifier_nominative(word: str, gender: str, plural: bool) -> str:
    """An adjective agreeing with the head ("Lielajā zālē", "Jaunajā teātrī"); others unchanged."""
    low = word.lower()
    if not plural:
        if low.endswith("ajā"):
            return definite_nominative(word, low[:-3], gender)
        if low.endswith("ā") and word[:1].islower():
            return _match_case(word, low[:-1] + ("s" if gender == "m" else "a"))
        return word
    if low.endswith("ajos"):
        return definite_nominative(word, low[:-4], "m", plural=True)
    if low.endswith("ajās"):
        return definite_nominative(word, low[:-4], "f", plural=True)
    return word


def nominative(phrase: str) -> str:
    """The venue phrase in the nominative; words before the head keep their case unless they agree."""
    words = phrase.split()
    if not words:
        return phrase
    head, gender, plural = _head_nominative(words[-1])
    modifiers = [_modifier_nominative(w, gender, plural) for w in words[:-1]]
    return " ".join(modifiers + [head])
