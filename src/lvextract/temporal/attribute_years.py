"""A year in the genitive that qualifies a noun naming that year's figures or plans ("deputāti
20. decembrī apstiprinās 2019. gada budžetu", "sapulcē 10. decembrī informēs par 2017. gada
rezultātiem"): the year of what is discussed, not of the day. Where the text has a dateline it
frames no bare day of its sentence; the day takes the dateline's year (RECORD.md's order, 4.).
The nouns are data (data/temporal.toml's attribute_year_nouns)."""
from __future__ import annotations

from .date_atom import Atom
from .reference_years import noun_after_genitive


def attribute_year(text: str, atom: Atom) -> bool:
    if atom.grain != "year" or atom.is_range or not text[atom.start:atom.end].endswith("gada"):
        return False
    return noun_after_genitive("attribute_year_nouns").match(text, atom.end) is not None
