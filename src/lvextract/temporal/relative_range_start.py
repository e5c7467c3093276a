"""A range whose start says its year relative to the document ("šī gada", "š.g.", "nākamā
gada") and whose end states one: "no šī gada oktobra līdz 2027. gada aprīlim".

The grammar (`grammar._join`) gives such a start the stated end's year, or the one before
where the months would run backwards: all that the text alone can say, and what a text with no
document date keeps (RECORD.md order 2, the year stated nearest in the sentence). With a
document date, order 1 rules the relative words: "no šī gada 1. oktobra līdz 2027. gada
31. decembrim" in a text of 2026 starts 2026-10-01, not 2027-10-01. Either way the range then
holds the bare and "š.g." days after it as a stated range does (order 3), so "līdz š.g.
15. oktobrim" below it is not left without a year.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom

# The year a relative year word counts from the document's ("šogad" 0, "nākamgad" +1, "pērn" -1).
OFFSETS = {"this": 0, "next": 1, "previous": -1}
# A year written in full: where the stated end begins, for what comes before it is the start.
_FULL_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d{2}(?!\d)")


@lru_cache(maxsize=1)
def _relative_words() -> re.Pattern:
    rel = vocab.temporal()["relative_year"]
    words = [*rel["this"], *rel["next"], *rel["previous"], *rel["this_abbreviations"],
             *(w for ws in rel["adverbs"].values() for w in ws)]
    return re.compile(r"(?<!\w)(?:" + vocab.alternation(words) + r")(?!\w)", re.IGNORECASE)


def years_from_stated_end(atom: Atom) -> bool:
    """A relative range whose years the grammar could fill from the end it states."""
    return atom.is_range and atom.relative in OFFSETS and atom.year is not None and atom.end_year is not None


def start_year(text: str, atom: Atom, document_year: int | None) -> int | None:
    """The document's year (with the relative word's offset) for a range whose relative words
    open it before its stated year; None where the start states its own year, where there is no
    document date, or where that year would make the range end before it starts."""
    if document_year is None or not years_from_stated_end(atom):
        return None
    span = text[atom.start:atom.end]
    stated = _FULL_YEAR.search(span)
    if stated is None or not _relative_words().search(span, 0, stated.start()):
        return None
    year = document_year + OFFSETS[atom.relative]
    # (a month-grain end is that month's end: "no šī gada 1. oktobra līdz 2026. gada oktobrim")
    if (year, atom.month or 0, atom.day or 0) > (atom.end_year, atom.end_month or atom.month or 0, atom.end_day or 99):
        return None
    return year
