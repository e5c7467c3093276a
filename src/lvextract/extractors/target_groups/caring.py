"""Care said with "par": "Sociālais dienests rūpējas par vientuļajiem senioriem", "esam padomājuši
arī par bērniem", "rūpes par ģimenēm" — the group after "par" is the one cared for, served, not a
topic talked about ("diskutēja par bērniem" stays a topic). The word before "par" (past "arī")
begins with one of target_groups.toml [context] caring_words."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _caring() -> tuple[str, ...]:
    return tuple(load("target_groups")["context"]["caring_words"])


def cares_for(reader, par: int) -> bool:
    """Whether the "par" at token `par` follows a word of caring (`reader`: the Reader that asks,
    not imported here — reader.py imports this module)."""
    before = reader.previous_word(par)
    if before is not None and reader.word(before) == "arī":
        before = reader.previous_word(before)
    return before is not None and reader.word(before).startswith(_caring())
