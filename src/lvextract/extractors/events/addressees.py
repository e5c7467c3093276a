"""A person head in the dative plural after an event noun is whom the occurrence is for, not whose
role the noun's genitive names: "notika apmācības skolotājiem" is a training held for teachers, while
"apmācības skolotāja" / "nometnes vadītājai" stay a person's role (not_occasions). Only the plural:
a singular dative ("nometnes vadītājai") is one person's; nor after a masculine noun's plain genitive
("festivāla brīvprātīgajiem", "semināra skolotājiem"): that noun can only own the role, it cannot be
what is held for them. Data: events.toml [addressees]."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.lemmas import stem
from .lexicon import stems, vocabulary


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], tuple[str, ...]]:
    data = vocabulary()["addressees"]
    return stems("addressees", "persons"), tuple(data["plural_dative"])


def addressed(word: str, noun_surface: str = "", noun_kind: str = "") -> bool:
    persons, endings = _data()
    word = word.lower()
    return word.endswith(endings) and stem(word) in persons and not _masculine_genitive(noun_surface, noun_kind)


def _masculine_genitive(surface: str, kind: str) -> bool:
    """"festivāla": a masculine noun (its lemma in -s/-š) ending in -a is in the genitive singular;
    a feminine "-a" ("diskusija") is its nominative, so the lemma decides."""
    return kind.lower().endswith(("s", "š")) and surface.lower().endswith("a")
