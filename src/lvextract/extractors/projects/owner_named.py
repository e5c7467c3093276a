"""A quoted owner before the project word: "„Rāznas nacionālā parka biedrības” projekts „…”" names
the society whose project follows, not a project (data/projects.toml [name_before] owners_last);
so does a quoted name in the masculine genitive right before it, "“Ozolkalna ciema” projekts" (a
project's name is said in the nominative: "“Zaļā skola” projekts")."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.lemmas import is_listed, lemma
from ..vocabulary import load


@lru_cache(maxsize=1)
def _owners_last() -> frozenset[str]:
    return frozenset(w.lower() for w in load("projects")["name_before"]["owners_last"])


def owner_named(name: str) -> bool:
    """Whether the quoted name's last word is an organisation's noun in the genitive."""
    words = name.split()
    return bool(words) and words[-1].strip(".,;:").lower() in _owners_last()


def masculine_genitive(name: str) -> bool:
    """Whether the quoted name's last word is a masculine noun's genitive singular: "-a" where its
    lemma ends in "-s" or "-š" on the same stem ("dzelzceļa" of "dzelzceļš", "centra" of "centrs"),
    a form the treebank knows (a guessed lemma may take a feminine nominative, "skola", for one).
    The feminine genitive ("skolas") is also a plural nominative, so it says nothing."""
    words = name.split()
    if not words:
        return False
    word = words[-1].strip(".,;:").lower()
    base = lemma(word)
    return word.endswith("a") and base != word and base.endswith(("s", "š")) and base[:-1] == word[:-1] \
        and is_listed(word)
