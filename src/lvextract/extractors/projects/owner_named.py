"""A quoted owner before the project word: "„Rāznas nacionālā parka biedrības” projekts „…”" names
the society whose project follows, not a project (data/projects.toml [name_before] owners_last), as
does "“Sabiedriskās politikas centrs PROVIDUS” projekts" (owner_kinds);
so does a quoted name in the masculine genitive right before it, "“Ozolkalna ciema” projekts" (a
project's name is said in the nominative: "“Zaļā skola” projekts")."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.lemmas import is_listed, lemma
from ..vocabulary import load


@lru_cache(maxsize=1)
def _owners_last() -> frozenset[str]:
    return frozenset(w.lower() for w in load("projects")["name_before"]["owners_last"])


@lru_cache(maxsize=1)
def _owner_kinds() -> frozenset[str]:
    return frozenset(w.lower() for w in load("projects")["name_before"]["owner_kinds"])


def owner_named(name: str) -> bool:
    """Whether the quoted name's last word is an organisation's noun in the genitive, or its last two
    an organisation's kind and its short name in capitals ("… centrs PROVIDUS")."""
    words = [w.strip(".,;:") for w in name.split()]
    return bool(words) and (words[-1].lower() in _owners_last() or len(words) > 2 and words[-1].isupper()
                            and len(words[-1]) > 1 and words[-2].lower() in _owner_kinds())


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
