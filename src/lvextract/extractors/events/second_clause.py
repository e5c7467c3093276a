"""A day's sentence that joins a second clause by "un", the clause opening on its own verb of taking
place ("4. septembrī pie tautas nama atklās izstādi “…” un notiks tikšanās ar autori", "tiks atklāta
izstāde un notiks koncerts"): the walk over the days dates the first clause's occurrence; the second
clause's noun, right after its verb, is one more occurrence of that day; when the walk took the
second clause's noun (the subject of "notiks"), the first clause's object is, if a verb of opening or
taking place stands before it ([second_clause] first_verbs). Only when the day has an
occurrence already in the stretch before "un" (so "… un būs iespēja …" of a day that names none adds
nothing), and only a specific noun (added_events.add_event). O(days · log n), each stretch read once.

Not past a comma, which parts a clause of its own off ("…, kur tika rādītas filmas un notika diskusija").
Not "un" joining two nouns ("notiks koncerts un balle": paired_second.py reads those)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, DateRole, Record
from .added_events import add_event
from .dating import days_with_sentences
from .lexicon import literals, vocabulary
from .ranking import Nouns

# Where the second clause's item ends: a comma, a semicolon, another "un", the sentence's end.
_ITEM_END = re.compile(r"[,;:]|\s(?:un|bet|kur|kas)\s", re.IGNORECASE)
# How far past its verb the second clause's noun may stand ("un notiks arī tikšanās").
ITEM_REACH = 60


@lru_cache(maxsize=1)
def _first_verb() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['second_clause']['first_verbs'])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _second() -> re.Pattern:
    verbs = literals(vocabulary()["second_clause"]["verbs"])
    return re.compile(rf"\sun\s+(?:{verbs})(?!\w)", re.IGNORECASE)


def second_clauses(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                   by_key: dict, record: Record) -> None:
    text = doc.text
    # The day's occurrences by their day, read once: (where its span starts, where its noun ends).
    by_day: dict[str, list[tuple[int, int]]] = {}
    for e in record.events:
        if e.start and e.span is not None:
            by_day.setdefault(e.start, []).append((e.span.start, e.span.end))
    for day, sentence in days_with_sentences(doc, candidates, DateRole.event.value):
        # Read up to the next day at most: that day's clauses are its own.
        k = bisect.bisect_right(date_starts, day.span.start)
        end = min(sentence.end, date_starts[k]) if k < len(date_starts) else sentence.end
        for m in _second().finditer(text, day.span.end, end):
            # Where the day's occurrences of this sentence end (a span runs from the day to its noun).
            dated = [noun_end for start, noun_end in by_day.get(day.value, ()) if sentence.start <= start < end]
            if dated and all(noun_end > m.start() for noun_end in dated):
                # The walk read the second clause: the first one's object, after its own verb.
                verb = _first_verb().search(text, day.span.end, m.start())
                if verb is not None and "," not in text[verb.end():m.start()]:
                    add_event(doc, index, (verb.end(), m.start()), day, date_starts, by_key, record)
                continue
            # A comma between parts a clause of its own off ("…, kur tika rādītas filmas un notika
            # diskusija": what took place within the day's occurrence, no second one).
            if not any(noun_end <= m.start() and "," not in text[noun_end:m.start()] for noun_end in dated):
                continue
            stop = _ITEM_END.search(text, m.end(), min(end, m.end() + ITEM_REACH))
            add_event(doc, index, (m.end(), stop.start() if stop else min(end, m.end() + ITEM_REACH)),
                      day, date_starts, by_key, record)
