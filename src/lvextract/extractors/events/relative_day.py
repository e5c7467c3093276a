"""A day told before an occurrence's noun whose own relative clause gives it another day:
"2. martā biedrība izsludina kopsapulci, kas notiks 20. martā" — 2 March is the day it was
announced, the assembly's day is the relative clause's 20 March (relative_nouns.antecedent ties
that date to the noun). The earlier day dates no second assembly. So does a day told right after
the noun's relative clause that holds a day of its own ("… svētkos, kas no 30. jūnija līdz
9. jūlijam notiks Rīgā, 18. februārī … pieskandināja zāli": the main clause's day, not the feast's).
Asked by the walk (__init__)."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.relatives import relative_pronoun
from ...layout import layout
from ...record import DateMention
from .dating import DAY_VALUE
from .noun_mention import TITLE_AFTER_NOUN, NounMention
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


# ", kas" / ", kurš" … right after the noun (past its quoted name): its relative clause opens.
_RELATIVE_OPENS = re.compile(r"[\s”\"»]*,\s*" + relative_pronoun("nominative") + r"\b", re.IGNORECASE)
# The relative clause's close right before the day: a comma and spaces only.
_CLOSE_BEFORE_DAY = re.compile(r",\s*$")


def after_own_relative(doc: Document, noun: NounMention | None, mention: DateMention,
                       ordered_starts: list[int]) -> bool:
    """Whether the mention opens the main clause right after `noun`'s relative clause, which holds
    a date of its own. O(log n)."""
    if noun is None or noun.end > mention.span.start or mention.span.start - noun.end > RELATIVE_DATE_REACH:
        return False
    title = TITLE_AFTER_NOUN.match(doc.text, noun.end, mention.span.start)
    opens = _RELATIVE_OPENS.match(doc.text, title.end() if title else noun.end)
    if opens is None or _CLOSE_BEFORE_DAY.search(doc.text, opens.end(), mention.span.start) is None:
        return False
    if any(mark in doc.text[opens.end():mention.span.start] for mark in ":;"):
        return False  # "festivālam, kas norisināsies divos novados: 10. maijā …, 17. maijā …": its list of days
    i = bisect.bisect_right(ordered_starts, opens.end())
    return i < len(ordered_starts) and ordered_starts[i] < mention.span.start \
        and "," not in doc.text[opens.end():ordered_starts[i]]
