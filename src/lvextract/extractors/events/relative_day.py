"""A day told before an occurrence's noun whose own relative clause gives it another day:
"2. martā biedrība izsludina kopsapulci, kas notiks 20. martā" — 2 March is the day it was
announced, the assembly's day is the relative clause's 20 March (relative_nouns.antecedent ties
that date to the noun). The earlier day dates no second assembly. Asked by the walk (__init__)."""
from __future__ import annotations

import bisect

from ...document import Document
from ...layout import layout
from ...record import DateMention
from .dating import DAY_VALUE
from .noun_mention import NounMention
from .ranking import Nouns
from .relative_nouns import antecedent

# How far after the noun the relative clause's date may stand (", kas notiks sestdien, 20. martā").
RELATIVE_DATE_REACH = 120


def told_by_relative(doc: Document, index: Nouns, noun: NounMention | None, mention: DateMention,
                     ordered_starts: list[int], mention_at: dict[int, DateMention]) -> bool:
    """Whether `noun`, after `mention` in its sentence, is the antecedent of a later day's relative
    clause. O(log n + dates within the reach)."""
    if noun is None or mention.span.start >= noun.start:
        return False
    sentence = doc.sentence_index(mention.span.start)
    i = bisect.bisect_right(ordered_starts, noun.end)
    while i < len(ordered_starts) and ordered_starts[i] < noun.end + RELATIVE_DATE_REACH:
        other = mention_at.get(ordered_starts[i])
        i += 1
        if other is None or other is mention or not (other.value and DAY_VALUE.match(other.value)) \
                or doc.sentence_index(other.span.start) != sentence:
            continue
        bounds = layout(doc).clause_bounds(other.span.start)
        found = antecedent(doc, index, other, bounds) if bounds is not None else None
        if found is not None and found.start == noun.start:
            return True
    return False
