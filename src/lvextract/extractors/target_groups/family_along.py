"""The family one brings along ("Aicinām ikvienu ierasties ar savu ģimeni", "atpūsties kopā ar
ģimeni") is the company of the one invited, not a group of families served: a families mention in
the singular (each reader's own household) right after "ar", a possessive or "visu" allowed
between. Families invited in the plural ("aicinām ģimenes ar bērniem") stay, and so does the family
that work is done with, no possessive between ("sociālais darbs ar ģimeni un bērniem": the generic
family served, reader.works_with). Words:
target_groups.toml [family_along] (whole lower-case words)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    c = load("target_groups")["family_along"]
    return tuple(c["singular_endings"]), frozenset(c["between"]), frozenset(c["with_words"])


def family_brought_along(reader: Reader, f: Found) -> bool:
    """Whether families mention `f` is one's own family said after "ar"."""
    if f.id != "families":
        return False
    singular, between, with_words = _words()
    if not reader.doc.text[f.mention.start:f.mention.end].lower().endswith(singular):
        return False
    before = reader.previous_word(f.mention.token_start)
    owned = before is not None and reader.word(before) in between
    if owned:
        before = reader.previous_word(before)
    if before is None or reader.word(before) not in with_words:
        return False
    return owned or not reader.works_with(before)
