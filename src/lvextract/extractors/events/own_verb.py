"""An occurrence told by its own verb with the noun as its object ("pēcpusdienā skolēni spēlēja
erudīcijas spēli", "komanda nospēlēja pirmo spēli"): playing a game says it takes place, as
"notika" does, so a noun that needs a verb of taking place ("spēle") dates its clause's day
(taking_place.py). The verbs and the object's forms are events.toml [own_verb]: the verb in a past or
future form, then up to a few words (a genitive, an adjective, a count), then the noun in the
singular accusative, as a game played once is said; the plural ("spēlējām galda spēles") is a
pastime, no one occurrence. O(text)."""
from __future__ import annotations

import re
from ...word_regex import gated_finditer
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _told() -> re.Pattern:
    rules = vocabulary()["own_verb"]["rules"]
    verbs = literals([v for rule in rules for v in rule["verbs"]])
    objects = literals([o for rule in rules for o in rule["objects"]])
    reach = vocabulary()["own_verb"]["reach"]
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:[^\W\d_]+\s+){{0,{reach}}}?(?:{objects})(?!\w)",
                      re.IGNORECASE)


def own_verb(text: str) -> list[int]:
    """Where each "spēlēja … spēli" starts."""
    return [m.start() for m in gated_finditer(_told(), text)]
