"""A quoted owner before the project word: "„Rāznas nacionālā parka biedrības” projekts „…”" names
the society whose project follows, not a project (data/projects.toml [name_before] owners_last)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _owners_last() -> frozenset[str]:
    return frozenset(w.lower() for w in load("projects")["name_before"]["owners_last"])


def owner_named(name: str) -> bool:
    """Whether the quoted name's last word is an organisation's noun in the genitive."""
    words = name.split()
    return bool(words) and words[-1].strip(".,;:").lower() in _owners_last()
