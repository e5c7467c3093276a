"""An occurrence moved to a day ("uz 2. aprīli pārcelta trešdien paredzētā spēle", "spēle pārcelta
uz 14. martu"): the day it is moved to is its day, so moving says it takes place then, as "notiks"
does (taking_place.py); the day it was once planned for stays out (`not_days`). The participle's word
starts are events.toml [moved_to] verbs; the day stands after "uz", past at most `reach` words (a
year, "šī gada"), before or after the participle. O(text)."""
from __future__ import annotations

import re
from ...word_regex import gated_finditer
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _moved() -> re.Pattern:
    words = vocabulary()["moved_to"]
    verbs, reach = literals(words["verbs"]), int(words["reach"])
    day = rf"(uz)\s+(?:\S+\s+){{0,{reach}}}?\d{{1,2}}\.\s*[^\W\d_]+"
    return re.compile(rf"(?<!\w)(?:(?:{verbs})\w*\s+{day}|{day}\s+(?:{verbs}))",
                      re.IGNORECASE)


def moved_to(text: str) -> list[int]:
    """Where the "uz" of each move to a day stands."""
    return [m.start(1) if m.group(1) is not None else m.start(2) for m in gated_finditer(_moved(), text)]
