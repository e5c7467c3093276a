"""A vocabulary noun matched by its stem in a form its declension does not have. The matcher
compares stems, so a verb's future "apspriedīs" (will discuss) or "izstādīs" (will exhibit) meets
the stem of "apspriede" or "izstāde"; but "-īs" is no case ending of a noun in "-e", nor "-ēs" of
one in "-s" ("koncertēs": will give concerts). Only the plural locatives "-ās", "-ēs", "-īs" are
told apart, each by the head's nominative: "-ās" for nouns in "-a"/"-as", "-ēs" for "-e"/"-es",
"-īs" for the sixth declension ([case_endings] sixth_declension: "nakts"); masculine heads in
"-s", "-š", "-us" or plural "-i" take none of them. Heads in "-is" (a second-declension
masculine or a sixth-declension plural, "durvis") are not judged. O(1) per noun."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.lemmas import stem
from .lexicon import vocabulary

PLURAL_LOCATIVES = ("ās", "ēs", "īs")


@lru_cache(maxsize=1)
def _heads_by_stem() -> dict[str, frozenset[str]]:
    heads: dict[str, set[str]] = {}
    for phrase in vocabulary()["nouns"]:
        head = phrase.split()[-1].lower()
        heads.setdefault(stem(head), set()).add(head)
    return {k: frozenset(v) for k, v in heads.items()}


@lru_cache(maxsize=1)
def _sixth() -> frozenset[str]:
    return frozenset(vocabulary()["case_endings"]["sixth_declension"])


def _admits(head: str, ending: str) -> bool:
    if head in _sixth():
        return ending == "īs"
    if head.endswith("is"):
        return True
    if head.endswith(("as", "a")):
        return ending == "ās"
    if head.endswith(("es", "e")):
        return ending == "ēs"
    if head.endswith(("s", "š", "i")):
        return False
    return True


def not_a_case_form(word: str) -> bool:
    """Whether `word`, the last word of a matched vocabulary noun, ends in a plural locative that
    no vocabulary head of its stem takes."""
    word = word.lower()
    ending = word[-2:]
    if ending not in PLURAL_LOCATIVES:
        return False
    heads = _heads_by_stem().get(stem(word))
    # a head that ends so itself is its own form ("tikšanās": the reflexive noun keeps one form)
    return bool(heads) and word not in heads and not any(_admits(head, ending) for head in heads)
