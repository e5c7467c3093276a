"""Lemmas and stems for matching inflected Latvian words.

`stem` is the light Latvian stemmer of Kreslins (the algorithm behind Lucene's
LatvianStemmer): it strips case endings and undoes the palatalisation of the stem,
so every case and number form of a noun or adjective meets its base form at one key.
Closed vocabularies (target groups, funding, event nouns, months) match on it.

`lemma` gives the dictionary form used where a value must be restored (names, places,
infinitives).
"""
from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiouāēīū")

# (ending, vowels the rest must keep more than, whether removing it palatalised the stem)
ENDINGS: tuple[tuple[str, int, bool], ...] = (
    ("ajiem", 3, False), ("ajai", 3, False), ("ajam", 2, False), ("ajām", 2, False),
    ("ajos", 2, False), ("ajās", 2, False), ("iem", 2, True), ("ajā", 2, False),
    ("ais", 2, False), ("ai", 2, False), ("ei", 2, False), ("ām", 1, False),
    ("am", 1, False), ("ēm", 1, False), ("īm", 1, False), ("im", 1, False),
    ("um", 1, False), ("us", 1, True), ("as", 1, False), ("ās", 1, False),
    ("es", 1, False), ("os", 1, True), ("ij", 1, False), ("īs", 1, False),
    ("ēs", 1, False), ("is", 1, False), ("ie", 1, False), ("u", 1, True),
    ("a", 1, True), ("i", 1, True), ("e", 1, False), ("ā", 1, False),
    ("ē", 1, False), ("ī", 1, False), ("ū", 1, False), ("o", 1, False),
    ("s", 0, False), ("š", 0, False),
)
# Alternations the palatalising endings cause, undone (longest first).
UNPALATALISE_AFTER_U = (("kš", "kst"), ("ņņ", "nn"))
UNPALATALISE = (("šņ", "sn"), ("žņ", "zn"), ("šļ", "sl"), ("žļ", "zl"), ("ļņ", "ln"), ("ļļ", "ll"),
                ("č", "c"), ("ļ", "l"), ("ņ", "n"))
LABIAL_J = ("pj", "bj", "mj", "vj")


def _unpalatalise(stem: str, removed: str) -> str:
    if removed.startswith("u"):
        for old, new in UNPALATALISE_AFTER_U:
            if stem.endswith(old):
                return stem[: -len(old)] + new
    if stem.endswith(LABIAL_J):
        return stem[:-1]
    for old, new in UNPALATALISE:
        if stem.endswith(old):
            return stem[: -len(old)] + new
    return stem


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    word = word.lower()
    vowels = sum(1 for ch in word if ch in VOWELS)
    for ending, min_vowels, palatalises in ENDINGS:
        if vowels > min_vowels and len(word) >= len(ending) + 3 and word.endswith(ending):
            rest = word[: -len(ending)]
            return _unpalatalise(rest, ending) if palatalises else rest
    return word


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    # Placeholder until the treebank-trained lemmatizer lands (issue 3): the lower-case form.
    return word.lower()
