"""An adjective that agrees with the noun after it, put back in the nominative with it:
"Sociālā dienesta" → "Sociālais dienests", "Nacionālajā aģentūrā" → "Nacionālā aģentūra".

Only the singular's definite forms (a body's name takes them), and only the cases whose endings
tell: the genitive, dative and locative. A nominative pair is written as it is said, and more often a
title's or a slogan's than a contact's body ("Zaļā skola – mūsu skola"). The accusative ("Sociālo dienestu") reads as
a genitive plural as well ("Apvienoto dienestu tālrunis": the united services'), so it is left.
"""
from __future__ import annotations

from .place_nominative import definite_nominative, is_adjective

# (the noun's nominative ending, its gender): the noun's ending in each case, then the agreeing
# definite adjective's ending in that case.
_NOUN_CASES = {
    "s": ("m", {"a": "ā", "am": "ajam", "ā": "ajā"}),
    "š": ("m", {"a": "ā", "am": "ajam", "ā": "ajā"}),
    "a": ("f", {"as": "ās", "ai": "ajai", "ā": "ajā"}),
    "e": ("f", {"es": "ās", "ei": "ajai", "ē": "ajā"}),
}


def agreeing_nominative(adjective: str, noun: str, noun_nominative: str) -> str | None:
    """The adjective in the nominative of the noun's gender, as capitalised as written, when it
    stands in the noun's case (its definite singular ending for that case); else None."""
    entry = _NOUN_CASES.get(noun_nominative[-1:].lower())
    if entry is None or len(adjective) < 4:
        return None
    gender, cases = entry
    stem, low_noun, low_adj = noun_nominative[:-1].lower(), noun.lower(), adjective.lower()
    for noun_ending, adjective_ending in sorted(cases.items(), key=lambda c: -len(c[0])):
        if low_noun == stem + noun_ending:
            if not low_adj.endswith(adjective_ending) or len(low_adj) <= len(adjective_ending) + 2 \
                    or adjective_ending == "ā" and low_adj.endswith("ajā"):
                return None
            if not is_adjective(low_adj):
                return None
            return definite_nominative(adjective, low_adj[:-len(adjective_ending)], gender)
    return None
