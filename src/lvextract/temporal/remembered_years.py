"""Years by sentence: the years each sentence's dates state (`sentence_years`). resolve.py reads
it twice, over two sets of dates from one pass of commemorated.py:

- the frames: another year stated in the sentence may be a day's when the frame's year does not
  fit the weekday beside it;
- the commemorated dates: the years a sentence names as the remembered past ("Godinot 30 gadus
  kopš 1991. gada notikumiem, 20. janvārī … iedegs ugunskurus", "Lai atcerētos 1991. gada janvāra
  notikumus, svētdien, 20. janvārī …"): no bare day of that sentence is in such a year, whatever
  an earlier paragraph or a month told of that past frames ("1991. gada janvārī" in the history
  above). The commemoration is this year's; the day goes on to the document date, or stays of
  unknown year. O(atoms)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .date_atom import Atom


def sentence_years(atoms: Iterable[Atom], sentence_of: Callable[[int], int]) -> dict[int, set[int]]:
    """Sentence index → the years (start and end) its dates state."""
    years: dict[int, set[int]] = {}
    for atom in atoms:
        years.setdefault(sentence_of(atom.start), set()).update(y for y in (atom.year, atom.end_year) if y)
    return years
