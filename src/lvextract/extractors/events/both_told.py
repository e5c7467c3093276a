"""Two occurrences announced together by "gan …, gan …" in a day's sentence ("Sestdien, 5. maijā,
muzejā gaidāma gan izstādes atklāšana, gan koncerts"): both take place that day. The walk over the
dates dates the first item's noun; the second item's specific noun is one more occurrence of the day.
Only when the first item names the day's occurrence already: "gan skolēni, gan skolotāji" or "gan
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


def both_told(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
              by_key: dict, record: Record) -> None:
    generic = generic_types()
    for day, sentence in days_with_sentences(doc, candidates):
        if not day.value or len(day.value) != 10:
            continue
        # Read up to the next day at most (that day's items are its own): each stretch once.
        k = bisect.bisect_right(date_starts, day.span.start)
        end = min(sentence.end, date_starts[k]) if k < len(date_starts) else sentence.end
        for m in _BOTH.finditer(doc.text, day.span.end, end):
            first = [n for n in index.all_in(m.span(1), told=True) if n.kind not in generic]
            if any((n.kind, day.value) in by_key for n in first):
                add_event(doc, index, m.span(2), day, date_starts, by_key, record)
