"""A day written as the second of a pair or the last of a list of day numbers ("30. un 31. maijā",
"5., 6. un 7. jūlijā"): the days of one occurrence, or of a few, told together. A later sentence
adding an item without a day of its own, opening with its verb ("Notiks arī draudzības vakars"), tells of none of those days
in particular, as it tells of no day of a range ("No 3. līdz 5. maijam …"): asked by report_items,
which else gives the item the day dated last. O(1)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from .lexicon import spaced_literals, vocabulary

# The day number before, then "un" or a comma, right before the day.
_LISTED_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?[ \t]*(?:,|un)[ \t]*$")
REACH = 12


@lru_cache(maxsize=1)
def _opening_verb() -> re.Pattern:
    verbs = vocabulary()["report_items"]["planned"]["verbs"]
    return re.compile(rf"[ \t]*(?:{spaced_literals(verbs)})(?![^\W\d_])", re.IGNORECASE)


def second_of_pair(doc: Document, day: DateMention, clause: tuple[int, int]) -> bool:
    """Whether the day closes a pair or a list of day numbers and the item's clause opens with its
    verb (an opener of when, "Noslēgumā notiks balle", tells the last day)."""
    start = day.span.start
    return _LISTED_BEFORE.search(doc.text, max(0, start - REACH), start) is not None \
        and _opening_verb().match(doc.text, *clause) is not None
