"""A noun of an act that only qualifies the noun after it ("maksāšanas paziņojums": the tax
notice, a document) names no act the reader is asked for; the same noun before a term
("maksāšanas termiņš") still does. [actions.qualifying] in deadlines.toml lists, per action, the
nouns it qualifies. A verbal noun in -šanās listed with the verbs that names the kind of the form
after it ("pieteikšanās anketu") ranks with the nouns ([actions.attributive])."""
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


@lru_cache(maxsize=1)
def _attributive() -> dict[str, re.Pattern]:
    return {infinitive: re.compile(rf"\s+(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)
            for infinitive, words in vocabulary()["actions"].get("attributive", {}).items()}


def attributive(text: str, start: int, end: int, infinitive: str) -> bool:
    """Whether the -šanās noun at start:end names the kind of the form after it ("pieteikšanās
    anketu"): one anchored match."""
    follower = _attributive().get(infinitive)
    return (follower is not None and text[start:end].lower().endswith("šanās")
            and follower.match(text, end) is not None)
