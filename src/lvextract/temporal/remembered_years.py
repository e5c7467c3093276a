"""The years a sentence names as the remembered past ("Godinot 30 gadus kopš 1991. gada notikumiem,
20. janvārī … iedegs ugunskurus", "Lai atcerētos 1991. gada janvāra notikumus, svētdien, 20. janvārī
…"): no bare day of that sentence is in such a year, whatever an earlier paragraph or a month told
of that past frames ("1991. gada janvārī" in the history above). The commemoration is this year's;
the day goes on to the document date, or stays of unknown year. The remembered dates are
commemorated.py's. O(atoms)."""
from __future__ import annotations

from collections.abc import Callable

from .commemorated import commemorated
from .date_atom import Atom


def remembered_years(text: str, stated: list[Atom], sentence_of: Callable[[int], int]) -> dict[int, set[int]]:
    """Sentence index → the years its commemorated dates state."""
    years: dict[int, set[int]] = {}
    for atom in stated:
        if atom.year is not None and commemorated(text, atom):
            years.setdefault(sentence_of(atom.start), set()).update(y for y in (atom.year, atom.end_year) if y)
    return years
