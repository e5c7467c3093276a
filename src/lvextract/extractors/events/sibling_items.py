"""A list of dated items run into one sentence ("3. maijā izstāde “Ziedi”;" / "5. maijā Džeza
diena;"): a date whose own item names no event noun takes none from a sibling item, a line another
day dates. The walk otherwise reads the whole sentence, as it must for a date line under a title
line ("Seminārs „Zaļā ekonomika”" / "5. martā, Rīgā") that is one sentence with it, or for an
item's own undated line below it ("11. maijs U16 grupa;" / "Reģistrācija turnīram no 12:00")."""
from __future__ import annotations

from bisect import bisect_left

from ...document import Document
from ...layout import layout
from ...record import DateMention
from .ranking import Nouns

ITEM_LEAD = " \t•*·-–—"  # what may stand before a list item's leading day


def dated_siblings(doc: Document, index: Nouns, clause: tuple[int, int], mention: DateMention,
                   ordered_starts: list[int]) -> bool:
    """Whether the clause's nearest noun stands on another line that a day of its own leads (an item
    of the list; not a hard-wrapped sentence whose line holds a day elsewhere: "Programma ilgs no
    7. aprīļa … Atklāšanas tikšanās notiks" / "22. aprīlī …"). O(log n)."""
    noun = index.nearest(clause, mention)
    if noun is None:
        return False
    line = layout(doc).line_of(noun.start)
    if line[0] <= mention.span.start < line[1]:
        return False
    first = bisect_left(ordered_starts, line[0])
    return first < len(ordered_starts) and ordered_starts[first] < noun.start \
        and not doc.text[line[0]:ordered_starts[first]].strip(ITEM_LEAD)
