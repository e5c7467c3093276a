"""A lone year that names what a report, a return or a payment is for, not when anything
happens: "deklarācija par 2019. gadu", "aptauja par pašvaldības darbu 2025. gadā", "2019. gada
ienākumu deklarācija". A tax return for one year is handed in the
next, a survey of last year's work runs this year: the year frames no bare day of its sentence
or paragraph, but gives it the next year ("Obligāti 2019. gada deklarācija līdz 1. jūnijam
jāsniedz" is 2020-06-01, resolve.py). The words are data (data/temporal.toml's reference_year_*)."""
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


@lru_cache(maxsize=None)
def noun_after_genitive(nouns: str, between: str | None = None) -> re.Pattern:
    """What follows a year's genitive ("2019. gada") that it qualifies: a noun of temporal.toml's list
    `nouns` (word starts), maybe after one word of the list `between`: "2019. gada ienākumu
    deklarācija", "2021. gada finanšu pārskats" (attribute_years.py reads the same shape)."""
    t = vocab.temporal()
    word = rf"(?:[^\S\n]+(?:{vocab.alternation(t[between])})\w*)?" if between else ""
    return re.compile(rf"{word}[^\S\n]+(?:{vocab.alternation(t[nouns])})\w*", re.IGNORECASE)


# Right after "par", the whole year: "par 2019. gadu", "par 2019.g.", "par 2019" — not its genitive
# before what it qualifies, "par 2021. gada pirmo ceturksni" (a part reported within the year),
# "par 2024. gada budžetu" (a plan for it).
_WHOLE_YEAR = re.compile(r"\d{4}(?:[.\s]*(?:gadu|g\.)(?!\w)|(?![.\s]*(?:gad|g\.|\d)))", re.IGNORECASE)
_PAR_RIGHT_BEFORE = re.compile(r"(?<!\w)par[^\S\n]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _relative_after_noun() -> re.Pattern:
    # "ienākumi, kas kopumā 2018. gadā pārsniedz 4000 eiro", "ienākumi, kas gūti 2023. gadā": the
    # return's noun, then a relative clause that dates it with the year (at most two words between)
    t = vocab.temporal()
    nouns = vocab.alternation(t["reference_year_nouns"])
    relative = vocab.alternation(t["reference_year_relative"])
    return re.compile(rf"(?<!\w)(?:{nouns})[^\W\d_]*[^\S\n]*,[^\S\n]*(?:{relative})(?:[^\S\n]+[^\W\d_]+){{0,2}}[^\S\n]+$",
                      re.IGNORECASE)


_WINDOW_RELATIVE = 60  # the noun, the comma, the relative word and two words


def reference_year(text: str, atom: Atom) -> bool:
    if atom.grain != "year" or atom.is_range or atom.relative:
        return False
    if _relative_after_noun().search(text, max(0, atom.start - _WINDOW_RELATIVE), atom.start):
        return True
    before = _before().search(text, max(0, atom.start - _WINDOW_BEFORE), atom.start)
    if before and (not _PAR_RIGHT_BEFORE.search(text, before.start(), atom.start)
                   or _WHOLE_YEAR.match(text, atom.start, atom.end + 12)):
        return True
    return text[atom.start:atom.end].lower().endswith(("gada", "gadā")) \
        and noun_after_genitive("reference_year_nouns", "reference_year_between").match(
            text, atom.end, atom.end + _WINDOW_AFTER) is not None
