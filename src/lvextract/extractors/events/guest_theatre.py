"""A theatre that "viesosies" / "viesojās" somewhere comes to play ("kultūras namā viesosies Ozolu
amatierteātris «…»", "teātris sestdien viesojas Bauskā"): the verb of a visit then names a
performance, as a guest choir's names a concert (performers.py). Data: events.toml [guest_theatre],
nominatives only. O(1) per verb: a window of fixed width around it."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import spaced_literals, vocabulary
from .performers import PERFORMER_REACH


@lru_cache(maxsize=1)
def _theatre() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{spaced_literals(vocabulary()['guest_theatre']['performers'])})(?!\w)", re.IGNORECASE)


def guest_theatre(doc, bounds: tuple[int, int], verb_start: int) -> bool:
    lo, hi = max(bounds[0], verb_start - PERFORMER_REACH), min(bounds[1], verb_start + PERFORMER_REACH)
    return _theatre().search(doc.text, lo, hi) is not None


def theatre_type() -> str:
    return vocabulary()["guest_theatre"]["type"]
