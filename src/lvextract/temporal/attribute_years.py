"""A year in the genitive that qualifies a noun naming that year's figures or plans ("deputāti
20. decembrī apstiprinās 2019. gada budžetu", "sapulcē 10. decembrī informēs par 2017. gada
rezultātiem"): the year of what is discussed, not of the day. Where the text has a dateline it
frames no bare day of its sentence; the day takes the dateline's year (RECORD.md's order, 4.).
The nouns are data (data/temporal.toml's attribute_year_nouns).

A year in the dative says what a thing is for in the same way ("pārvalde pieņem projektus 2025.
gadam", "budžets 2026. gadam"): the call for next year's projects runs this year. Not after
"līdz" (data/temporal.toml's attribute_dative_not_after): "līdz 2020. gadam" says until when."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .reference_years import noun_after_genitive

# The words before the year that may say "until" rather than "for": the word right before it only.
_BEFORE_REACH = 20


@lru_cache(maxsize=1)
def _until_before() -> re.Pattern:
    words = vocab.alternation(vocab.temporal()["attribute_dative_not_after"])
    return re.compile(rf"(?<!\w)(?:{words})[^\S\n]*$", re.IGNORECASE)


def _purpose_dative(text: str, atom: Atom) -> bool:
    """"2025. gadam" for its own sake, not "līdz 2025. gadam"."""
    return text[atom.start:atom.end].lower().endswith("gadam") \
        and _until_before().search(text, max(0, atom.start - _BEFORE_REACH), atom.start) is None


def attribute_year(text: str, atom: Atom) -> bool:
    if atom.grain != "year" or atom.is_range:
        return False
    if not text[atom.start:atom.end].endswith("gada"):
        return _purpose_dative(text, atom)
    return noun_after_genitive("attribute_year_nouns").match(text, atom.end) is not None
