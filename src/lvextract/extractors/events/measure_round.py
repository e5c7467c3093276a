"""A support measure's round of applications: "izsludina projektu iesniegumu pieņemšanas kārtu
pasākumā «…», kas notiks no 3. marta līdz 3. aprīlim". The days are the round's, and the generic
"pasākums" right after the round is the programme's measure, no occurrence, even though a clause of
taking place follows (which keeps a project's gathering, events/__init__.py); so is the generic word
after a programme's measure number ("programmas 2014.–2020. gadam 19.2. pasākumā"). Data: events.toml
[measure_round]. O(1) per noun: a fixed window before it."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import generic_types, literals, vocabulary


@lru_cache(maxsize=1)
def _round_before() -> re.Pattern:
    data = vocabulary()["measure_round"]
    return re.compile(rf"(?<!\w)(?:{literals(data['of'])})\s+(?:{literals(data['rounds'])})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _numbered_measure() -> re.Pattern:
    programmes = literals(vocabulary()["measure_round"]["programmes"])
    return re.compile(rf"(?<!\w)(?:{programmes})\w*[^!?\n]{{0,50}}?\s\d{{1,2}}\.\d\.\s*$", re.IGNORECASE)


def measure_round(doc: Document, noun) -> bool:
    """The generic word after a round of applications, or after a programme's measure number."""
    if noun.kind not in generic_types():
        return False
    return _round_before().search(doc.text, max(0, noun.start - 40), noun.start) is not None \
        or _numbered_measure().search(doc.text, max(0, noun.start - 90), noun.start) is not None


@lru_cache(maxsize=1)
def _round_then_measure() -> re.Pattern:
    data = vocabulary()["measure_round"]
    return re.compile(rf"(?<!\w)(?:{literals(data['of'])})\s+(?:{literals(data['rounds'])})\s+"
                      rf"(?:{literals(data['measures'])})\w*\s*$", re.IGNORECASE)


def measure_named(doc: Document, quote: int) -> bool:
    """Whether the quoted name opening at `quote` is a measure's, after its round ("kārtu pasākumā «…»")."""
    return _round_then_measure().search(doc.text, max(0, quote - 60), quote) is not None
