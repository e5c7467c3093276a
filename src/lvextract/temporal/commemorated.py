"""A date that a commemoration names: the past occasion remembered, no frame for the days
around it ("• 14.06. piemiņas brīdis, atceroties 1941. gada notikumus;" is this year's
14 June; "14. jūnijā aprit 84 gadi, kopš … 1941. gadā" too). The words are data
(data/temporal.toml's commemoration_words and anniversary_verbs)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom

_WINDOW = 40  # the word and at most three words between it and the date


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    words = vocab.alternation(vocab.temporal()["commemoration_words"])
    return re.compile(rf"(?<!\w)(?:{words})(?:[^\S\n]+[^\W\d_]+){{0,3}}[^\S\n]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anniversary() -> re.Pattern:
    verbs = vocab.alternation(vocab.temporal()["anniversary_verbs"])
    return re.compile(rf"(?<!\w)(?:{verbs})[^\S\n]+(?:jau[^\S\n]+)?\d{{1,4}}[^\S\n]+gad", re.IGNORECASE)


_ANNIVERSARY_WINDOW = 200
_SENTENCE_END = re.compile(r"[.!?][^\S\n]+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])|\n")


def commemorated(text: str, atom: Atom) -> bool:
    if _before().search(text, max(0, atom.start - _WINDOW), atom.start):
        return True
    # "… aprit 84 gadi, kopš … 1941. gadā": an anniversary's count of years earlier in the sentence
    window = text[max(0, atom.start - _ANNIVERSARY_WINDOW):atom.start]
    ends = list(_SENTENCE_END.finditer(window))
    return bool(_anniversary().search(window, ends[-1].end() if ends else 0))
