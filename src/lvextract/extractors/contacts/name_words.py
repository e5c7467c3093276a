"""A person's name as the contacts find it (NameMention) and what its words may be: how many words
of a run of capitals make a name (a known given name or one an e-mail spells, a second given name,
a foreign third word), whether an unlisted pair may be one, and the words that are no part of a
name (organisations' heads, places, roles, headings)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...latvian import lemmas, names
from .patterns import vocabulary
from .roles import role_patterns


@dataclass
class NameMention:
    start: int
    end: int
    words: list[str]
    cue: str | None = None  # "contact" or "author" when a cue precedes the name
    spoken_about: bool = False  # a minister, moderator …: not the owner of a nearby phone
    after_item: int | None = None  # "29 111 222 (Andris)": the end of the item the name follows
    asked_at: bool = False  # "informāciju var saņemt … pie speciālistes Ilzes Kalnas"
    hidden_address: bool = False  # "Druvis Kalējs (e-pasts: [email protected])": given with an address the page hid


def nominative_looking(words: list[str]) -> bool:
    # Names before a phone stand in the nominative: -s, -š, -a, -e, -o ("Ādažu Brīvā skola" does not).
    return all(w.lower().endswith(("s", "š", "a", "e", "o")) and not w.lower().endswith("as") for w in words)


def name_length(words: list[str], parts: set[str]) -> int:
    """How many of these words make a person's name (0: none)."""
    if len(words) < 2 or is_organisation_word(words[0]) or is_organisation_word(words[1]):
        return 0
    spelled = names.spelled_by(words[:2], parts)
    if not (names.is_given_name(words[0]) or spelled):
        return 0
    if not names.is_given_name(words[0]) and lemmas.stem(words[0]) in role_stems():
        # "Metodiķe Anna Liepa⏎e-pasts: anna.liepa@…": a role opening the line is capitalised, no
        # part of the name the address spells (the run's next words are).
        return 0
    if not names.is_given_name(words[0]) and (not all(_name_shaped(w) for w in words[:2]) or _infinitive_shaped(words[0])):
        # An address that spells a place ("preilu.biblioteka@…", "mersrags@…") makes no name of
        # "Preiļu Galvenās bibliotēkas" or "Ar Mērsraga": a preposition or a definite adjective
        # ("Galvenās", "Centrālās") is no part of a person's name.
        return 0
    # A second given name (Anna Marija Liepiņa) keeps the surname in the third word.
    if len(words) > 2 and names.is_given_name(words[1]) and not is_organisation_word(words[2]) \
            and not names.is_given_name(words[2]):
        return 3
    return 2


def foreign_third(text: str, words: list[str], offsets: list[int]) -> bool:
    """"jautājiet Anna Maria Lindqvist", "padomniekam Lars Rottem Krangnes": a third word that
    ends a run on the same line belongs to the name when it or the second word cannot be a
    Latvian name form (an uninflected foreign name: -t, -n, -i, -em …)."""
    second, third = words
    if "\n" in text[offsets[0]:offsets[1]] or not _name_shaped(third) or is_organisation_word(third) \
            or third.lower() in _item_labels() or lemmas.stem(third) in role_stems() or third in dash_places():
        return False
    return not (_latvian_form(second) and _latvian_form(third))


def _latvian_form(word: str) -> bool:
    """Whether the word ends as a Latvian name does in some case ([name_forms] endings)."""
    return word.lower().endswith(tuple(vocabulary()["name_forms"]["endings"]))


@lru_cache(maxsize=1)
def _item_labels() -> frozenset[str]:
    v = vocabulary()
    return frozenset(w.rstrip(".").lower() for w in v["own_item_labels"] + v["old_phone_labels"] + v["phone_number_words"]
                     + v["weak_phone_number_words"] + v["name_forms"]["not_third"])


# A definite adjective ("Galvenā", "Galvenās", "Galveno", "Vecās"): a name of a place or an institution.
DEFINITE_ENDING = re.compile(r"(?:ā|ās|o|ajā|ajam|ajai|ajiem|ajām)$")


def _name_shaped(word: str) -> bool:
    """Whether a word not known as a given name may still be part of a person's name."""
    return len(word) > 2 and not DEFINITE_ENDING.search(word.lower())


def _infinitive_shaped(word: str) -> bool:
    """A capitalised infinitive ("Pieteikties", "Zvanīt": a sentence's or a line's first word), not a
    known given name."""
    return word.lower().endswith(_infinitive_endings()) and not names.is_given_name(word)


@lru_cache(maxsize=1)
def _infinitive_endings() -> tuple[str, ...]:
    return tuple(vocabulary()["name_forms"]["infinitive_endings"])


def is_organisation_word(word: str) -> bool:
    """Words that cannot be part of a person's name: organisation heads, places, headings."""
    return lemmas.stem(word) in not_name_stems() or word.isupper()


@lru_cache(maxsize=1)
def not_name_stems() -> set[str]:
    v = vocabulary()
    return {lemmas.stem(source) for source, _ in v["organization_heads"]} | {lemmas.stem(w) for w in v["not_name_words"]}


def plausible_pair(words: list[str]) -> bool:
    """Two capitalised words that may be an unlisted given name and a surname (after a cue)."""
    # Neither word a role word: "I. Kalniņa⏎Sabiedrisko attiecību speciāliste" wraps onto the role line.
    return (len(words) == 2 and all(len(w) > 2 and not is_organisation_word(w) for w in words)
            and not _infinitive_shaped(words[0])
            and not names.is_given_name(words[1]) and not any(lemmas.stem(w) in role_stems() for w in words))


@lru_cache(maxsize=1)
def role_stems() -> set[str]:
    return {stem for pattern, _, _ in role_patterns() for stem in pattern}


@lru_cache(maxsize=1)
def dash_places() -> frozenset[str]:
    return frozenset(vocabulary()["dash_places"])
