"""A noun of an act that only qualifies the noun after it ("maksāšanas paziņojums": the tax
notice, a document) names no act the reader is asked for; the same noun before a term
("maksāšanas termiņš") still does. [actions.qualifying] in deadlines.toml lists, per action, the
nouns it qualifies."""
from __future__ import annotations

import re
from functools import lru_cache

from ..deadline_cues import vocabulary


@lru_cache(maxsize=1)
def _qualified() -> dict[str, re.Pattern]:
    return {infinitive: re.compile(rf"\s+(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)
            for infinitive, words in vocabulary()["actions"].get("qualifying", {}).items()}


def qualifies_next(text: str, end: int, infinitive: str) -> bool:
    """Whether the act noun ending at `end` only qualifies the next word: one anchored match."""
    follower = _qualified().get(infinitive)
    return follower is not None and follower.match(text, end) is not None
