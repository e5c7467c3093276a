"""A lone year that names what a report, a return or a payment is for, not when anything
happens: "deklarācija par 2019. gadu", "atzīta par 2023. gada labāko", "aptauja par pašvaldības
darbu 2025. gadā", "2019. gada ienākumu deklarācija". A tax return for one year is handed in the
next, a survey of last year's work runs this year: the year frames no bare day of its sentence
or paragraph ("Obligāti 2019. gada deklarācija līdz 1. jūnijam jāsniedz" in a text of 2020 is
2020-06-01). The words are data (data/temporal.toml's reference_year_before and
reference_year_nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom

_WINDOW_BEFORE = 50  # the preposition and at most two words between it and the year
_WINDOW_AFTER = 30  # "gada" and the noun right after it


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    # "par 2019. gadu", "par 2017. gadā gūtajiem ienākumiem"; or with the work or the return it
    # is about right before the year: "par pašvaldības darbu 2025. gadā" (not any topic: "seminārs
    # par jaunumiem 2018. gadā" may well be held that year)
    t = vocab.temporal()
    words = vocab.alternation(t["reference_year_before"])
    nouns = vocab.alternation(t["reference_year_nouns"] + t["reference_year_work"])
    return re.compile(rf"(?<!\w)(?:{words})(?:(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+(?:{nouns})[^\W\d_]*)?[^\S\n]+$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _genitive_noun() -> re.Pattern:
    # "2019. gada ienākumu deklarācija", "2022. gada pārskats": the year's genitive qualifies a
    # return or a report (the atom's span ends with "gada").
    stems = vocab.alternation(vocab.temporal()["reference_year_nouns"])
    return re.compile(rf"[^\S\n]+(?:{stems})\w*", re.IGNORECASE)


def reference_year(text: str, atom: Atom) -> bool:
    if atom.grain != "year" or atom.is_range or atom.relative:
        return False
    if _before().search(text, max(0, atom.start - _WINDOW_BEFORE), atom.start):
        return True
    return text[atom.start:atom.end].lower().endswith("gada") \
        and _genitive_noun().match(text, atom.end, atom.end + _WINDOW_AFTER) is not None
