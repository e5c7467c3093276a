"""A project named without quotes by a name in another language right after a singular project
word: "projekta BlueRoad ietvaros", "projekta Baltic Sea2Land uzsākšanas sanāksme", "Projekts
GreenPath noslēdzies". The name is one to four words of the Latin alphabet without Latvian letters
(digits, "+", "-", "&" inside), from a capital letter, that stop before a lowercase word or a
punctuation mark or a closing quote or a capitalised singular locative, a place ("Projekts PuMPuRS
Latvijā"; the small words of the other language between capitalised
ones stay inside: "Projekts Youth for Climate"); at least one word must look foreign, for a Latvian capitalised word after the
project word is as often a place or a person in an inflected form ("projekta Rīgas posms"): a
capital or a digit inside the word ("BlueRoad", "Sea2Land"), a q/w/x/y, or a last letter no
Latvian case ending has ("Baltic", "Network"). Not a programme or fund ("projekta Interreg
ietvaros", "projektā Erasmus+", funder_quoted.names_a_funder), nor a platform's or a meeting's word
([foreign_name] not_first: "projekta Facebook lapā"), nor a capitals word (patterns.py reads
those), nor the number's "Nr"; a programme's word that opens its projects' names stays inside one
longer than it ("projektu LIFE Baltic Bogs", [foreign_name] name_prefixes). One regex pass over the text: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import is_listed
from ...latvian.orthography import LOWER, UPPER
from ...word_regex import alternation
from ..vocabulary import load
from .patterns import looks_foreign
from .funder_quoted import names_a_funder

_WORD = r"[A-Za-z0-9][A-Za-z0-9+&\-]*"
NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
GLOSS_AFTER = re.compile(rf"[ \t]+jeb[ \t]+[{UPPER}]")
# A lower-case word with a "y" inside and a Latvian case ending: "folklorys", "vuokuma" has none.
LATGALIAN_WORD = re.compile(r"[a-zāčēģīķļņšūžōy]*y[a-zāčēģīķļņšūžōy]*[aeiousmu]")


@lru_cache(maxsize=1)
def _name() -> re.Pattern:
    """The name after the project word, stopping before a lowercase word — but not before one of the
    other language's small words between two capitalised ones ("Youth for Climate", [foreign_name]
    inner_words) — or before punctuation, a closing quote included ("Projekts Youth for Climate” …":
    the opening quote lost)."""
    inner = alternation(load("projects")["foreign_name"]["inner_words"])
    return re.compile(
        r"(?<![^\W\d_])[Pp]rojekt(?:s|a|u|am|ā)[ \t]+(?P<name>[A-Z][A-Za-z0-9+&\-]*(?:[ \t]+" + _WORD + r"){0,3}?)"
        r"(?=[ \t]+(?!(?:" + inner + rf")[ \t]+[A-Z])[{LOWER}]|[ \t]*[,.;:()”\"»]|[ \t]*$"
        # (or a capitalised place in the singular locative: "Projekts PuMPuRS Latvijā ir …" — where, no
        # part of the name)
        rf"|[ \t]+[{UPPER}][{LOWER}]*[āēīū](?![^\W\d_]))", re.MULTILINE)


@lru_cache(maxsize=1)
def not_first_words() -> frozenset[str]:
    return frozenset(load("projects")["foreign_name"]["not_first"])


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    return frozenset(load("projects")["foreign_name"]["name_prefixes"])


def foreign_named(doc: Document, not_names: set[str], fund_heads: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each foreign-language name said right after a singular project word.
    `fund_heads`: the stems of a fund's last word (funder_quoted.names_a_funder)."""
    found = []
    for m in _name().finditer(doc.text):
        name = m["name"]
        words = name.split()
        # (a programme's word opening a longer name is the name's: "projektu LIFE Baltic Bogs")
        prefixed = len(words) > 1 and words[0] in name_prefixes()
        if name.isupper() or words[0] in not_first_words() or (words[0] in not_names and not prefixed) or name in not_names:
            continue
        # (words of Latvian shape but no Latvian word, two or more, glossed after "jeb" by a capitalised
        # Latvian name: "projekta Active Manors jeb Aktīvās muižas …" — the gloss says it is a name)
        glossed = len(words) > 1 and GLOSS_AFTER.match(doc.text, m.end("name")) and not any(is_listed(w) for w in words)
        if not (glossed or any(looks_foreign(w) for w in words)) \
                or names_a_funder(doc, m.start("name"), m.end("name"), not_names, fund_heads):
            continue
        # (the lower-case word it stops before has Latgalian's "y" and a Latvian case ending: the
        # title goes on in Latgalian, "projekts Vosorys dzīsmys vokors …" — no name ends after its
        # first word; an English small word, "SkillsHub for jauniešiem", still ends it)
        following = NEXT_WORD.match(doc.text, m.end("name"))
        if following and LATGALIAN_WORD.fullmatch(following["word"]):
            continue
        found.append((m.start("name"), m.end("name")))
    return found
