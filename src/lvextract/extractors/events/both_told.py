"""Two occurrences announced together by "gan …, gan …" or "ne tikai …, bet arī …" in a day's sentence
("Sestdien, 5. maijā, muzejā gaidāma gan izstādes atklāšana, gan koncerts"; "notiks ne tikai izstādes
atklāšana, bet arī lekcija"): both take place that day. The walk over the
dates one item's noun (the first, or the second when the first stands in "ne tikai uz …"); the other
item's specific noun is one more occurrence of the day. Only when one item names the day's occurrence already: "gan skolēni, gan skolotāji" or "gan
koncertos, gan izstādēs" of another time add nothing. Two nouns joined by "un" stay one programme (the
walk's own reading), only "gan …, gan …" says both. O(text) over all days: each day reads only up to the next."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import DateMention, Record
from .added_events import add_event
from .dating import days_with_sentences
from .lexicon import generic_types
from .ranking import Nouns

# "gan <first item>, gan <second item>": the second item runs to the next comma, semicolon or the
# sentence's end.
_BOTH = re.compile(r"(?<![^\W\d_])gan\s+([^.!?\n;]{1,80}?),?\s+gan\s+([^.!?\n,;]{1,60})", re.IGNORECASE)
# "ne tikai <first item>, bet arī <second item>": one more way of saying both.
_NOT_ONLY = re.compile(r"(?<![^\W\d_])ne\s+tikai\s+([^.!?\n;]{1,80}?),?\s+bet\s+arī\s+([^.!?\n,;]{1,60})",
                       re.IGNORECASE)


def both_told(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
              by_key: dict, record: Record) -> None:
    generic = generic_types()
    for day, sentence in days_with_sentences(doc, candidates):
        if not day.value or len(day.value) != 10:
            continue
        # Read up to the next day at most (that day's items are its own): each stretch once.
        k = bisect.bisect_right(date_starts, day.span.start)
        end = min(sentence.end, date_starts[k]) if k < len(date_starts) else sentence.end
        for pattern in (_BOTH, _NOT_ONLY):
            for m in pattern.finditer(doc.text, day.span.end, end):
                first, second = (_dated(index, m.span(i), day, by_key, generic) for i in (1, 2))
                if first:
                    add_event(doc, index, m.span(2), day, date_starts, by_key, record)
                elif second and pattern is _NOT_ONLY:
                    # "aicinām ne tikai uz izstādes atklāšanu, bet arī uz lekciju": the walk took the second
                    add_event(doc, index, m.span(1), day, date_starts, by_key, record, frames=True)


def _dated(index: Nouns, bounds: tuple[int, int], day: DateMention, by_key: dict, generic) -> bool:
    """Whether the item's specific noun is an occurrence the day has already."""
    return any((n.kind, day.value) in by_key for n in index.all_in(bounds, told=True) if n.kind not in generic)
