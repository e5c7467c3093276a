"""A day's sentence that joins a second clause by "un", the clause opening on its own verb of taking
place ("4. septembrī pie tautas nama atklās izstādi “…” un notiks tikšanās ar autori", "tiks atklāta
izstāde un notiks koncerts"): the walk over the days dates the first clause's occurrence; the second
clause's noun, right after its verb, is one more occurrence of that day; when the walk took the
second clause's noun (the subject of "notiks"), the first clause's object is, if a verb of opening or
taking place stands before it ([second_clause] first_verbs). Only when the day has an
occurrence already in the stretch before "un" (so "… un būs iespēja …" of a day that names none adds
nothing), and only a specific noun (added_events.add_event). O(n + days · (log n + occurrences of the
day in its sentence) + matches · those occurrences): the last comma and the first clause's verb are
found once per stretch, not per "un".

Not past a comma, which parts a clause of its own off ("…, kur tika rādītas filmas un notika diskusija").
Not "un" joining two nouns ("notiks koncerts un balle": paired_second.py reads those).

`contrast_clauses`: a contrast after a comma opening a clause of its own verb of taking place, maybe
past a place or a word of the same day ("5. maijā Liepās notiks koncerts, bet Ozolos notiks izrāde",
", savukārt estrādē būs balle", ", bet pēc tam notika balle"): the noun after that verb is one more
occurrence of the day, when the clause before the contrast tells the day's occurrence; not when a
noun stands between the contrast and the verb (its own subject: ", bet izstāde būs skatāma līdz …"),
nor any word but one place and those of [second_clause] between (another time: ", bet pēc gada /
drīzumā notiks …"; a pronoun telling the first occurrence again: ", bet tā būs arī pirmā tikšanās"),
nor after "sekos" (what follows may be another day's), nor past another day, before the verb or
after it in its clause (that day's own: ", taču būs arī nākamā tikšanās … – 12. maijā";
contrast_day.py). O(matches · (occurrences of the day in its sentence + words before the verb))."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian import places
from ...latvian.orthography import WORD
from ...word_regex import alternation
from ...record import DateMention, DateRole, Record
from .added_events import add_event
from .dating import days_with_sentences
from .lexicon import listed_pattern, vocabulary, whole_words
from .offsets import any_between
from .ranking import Nouns

# Where the second clause's item ends: a comma, a semicolon, another "un", the sentence's end.
_ITEM_END = re.compile(r"[,;:]|\s(?:un|bet|kur|kas)\s", re.IGNORECASE)
# How far past its verb the second clause's noun may stand ("un notiks arī tikšanās").
ITEM_REACH = 60


def _contrast() -> re.Pattern:
    """", bet Ozolos notiks": the contrast, up to five words before the verb (group 1), the verb."""
    return listed_pattern("second_clause", r",\s*(?:{contrasts})\s+((?:[^\W\d_]+\s+){0,5}?)(?:{contrast_verbs})(?!\w)")


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    """A word or phrase of [second_clause] between, whole words, at a word's start."""
    return re.compile(rf"(?:{alternation(vocabulary()['second_clause']['between'])})(?!\w)", re.IGNORECASE)


def _same_day_lead(doc: Document, contrast: int, lo: int, hi: int) -> bool:
    """Whether the words between the contrast (at `contrast`) and its verb, text[lo:hi], lead a clause
    of the same day: none, words of [second_clause] between, and at most one place in the locative
    (one venue phrase, "Ozolos", "Ozolu kultūras namā"). O(words · venue phrase)."""
    text = doc.text
    others: list[tuple[int, int]] = []
    at = lo
    for word in WORD.finditer(text, lo, hi):
        if word.start() < at:
            continue  # inside a phrase of `between`
        allowed = _between().match(text, word.start(), hi)
        if allowed is not None:
            at = allowed.end()
        elif others and text[others[-1][1]:word.start()].strip():
            return False  # the place's words parted by others
        else:
            others.append(word.span())
    if not others:
        return True
    # One venue phrase, starting at the first of the other words and as long as they are.
    count = len(others)
    return any(offset == others[0][0] and len(phrase.split()) == count
               for group in places.venue_candidates(doc, (contrast, others[-1][1]), [])
               for offset, phrase in group)


@lru_cache(maxsize=1)
def _first_verb() -> re.Pattern:
    return whole_words(vocabulary()["second_clause"]["first_verbs"])


def _second() -> re.Pattern:
    return listed_pattern("second_clause", r"\sun\s+(?:{verbs})(?!\w)")


def second_clauses(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                   by_key: dict, record: Record) -> None:
    text = doc.text
    # The day's occurrences by their day, read once and sorted by where their span starts:
    # (where its span starts, where its noun ends).
    by_day: dict[str, list[tuple[int, int]]] = {}
    for e in record.events:
        if e.start and e.span is not None:
            by_day.setdefault(e.start, []).append((e.span.start, e.span.end))
    for spans in by_day.values():
        spans.sort()
    for day, sentence in days_with_sentences(doc, candidates, DateRole.event.value):
        # Read up to the next day at most: that day's clauses are its own.
        k = bisect.bisect_right(date_starts, day.span.start)
        end = min(sentence.end, date_starts[k]) if k < len(date_starts) else sentence.end
        # Where the day's occurrences of this sentence end (a span runs from the day to its noun).
        spans = by_day.get(day.value, [])
        dated = [noun_end for _, noun_end in
                 spans[bisect.bisect_left(spans, (sentence.start,)):bisect.bisect_left(spans, (end,))]]
        # The last comma before "un" (read up to `read`, from the earliest noun), the first clause's verb.
        comma, read, verb = -1, min([day.span.end, *dated]), None
        for m in _second().finditer(text, day.span.end, end):
            last = text.rfind(",", read, m.start())
            comma, read = max(comma, last), m.start()
            if dated and all(noun_end > m.start() for noun_end in dated):
                # The walk read the second clause: the first one's object, after its own verb.
                if verb is None:
                    verb = _first_verb().search(text, day.span.end, end) or False
                first = verb if verb and verb.end() <= m.start() else None
                if verb and verb.start() < m.start() < verb.end():  # a verb across "un": read up to it
                    first = _first_verb().search(text, day.span.end, m.start())
                if first is not None and comma < first.end():
                    add_event(doc, index, (first.end(), m.start()), day, date_starts, by_key, record)
                continue
            # A comma between parts a clause of its own off ("…, kur tika rādītas filmas un notika
            # diskusija": what took place within the day's occurrence, no second one).
            if not any(comma < noun_end <= m.start() for noun_end in dated):
                continue
            stop = _ITEM_END.search(text, m.end(), min(end, m.end() + ITEM_REACH))
            add_event(doc, index, (m.end(), stop.start() if stop else min(end, m.end() + ITEM_REACH)),
                      day, date_starts, by_key, record)


def _clause_end() -> re.Pattern:
    """Where the contrast's clause ends before its sentence does: a semicolon, the next contrast."""
    return listed_pattern("second_clause", r";|,\s*(?:{contrasts})(?!\w)")


def _dated_after(doc: Document, verb_end: int, sentence_end: int, date_starts: list[int]) -> bool:
    """Whether a date stands in the contrast's clause after its verb (up to the clause's end): the
    clause's occurrence is that day's. O(clause + log n)."""
    close = _clause_end().search(doc.text, verb_end, sentence_end)
    return any_between(date_starts, (verb_end, close.start() if close else sentence_end))


def contrast_clauses(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                     by_key: dict, record: Record) -> None:
    text = doc.text
    by_day: dict[str, list[int]] = {}  # where the day's occurrences' spans end (a span runs from the day to its noun)
    for e in record.events:
        if e.start and e.span is not None:
            by_day.setdefault(e.start, []).append(e.span.end)
    for day, sentence in days_with_sentences(doc, candidates, DateRole.event.value):
        ends = by_day.get(day.value)
        if not ends:
            continue
        k = bisect.bisect_right(date_starts, day.span.start)
        end = min(sentence.end, date_starts[k]) if k < len(date_starts) else sentence.end  # up to the next day
        for m in _contrast().finditer(text, day.span.end, end):
            # The clause before the contrast tells the day's occurrence: its noun past the last comma.
            opened = max(day.span.end, text.rfind(",", day.span.end, m.start()))
            if not any(opened < noun_end <= m.start() for noun_end in ends):
                continue
            if index.all_in((m.start(), m.end(1))):
                continue  # ", bet izstāde būs skatāma …": the clause's own subject before its verb
            if not _same_day_lead(doc, m.start(), m.start(1), m.end(1)):
                continue  # ", bet pēc gada notiks festivāls", ", bet tā būs arī …": no occurrence of the day
            if _dated_after(doc, m.end(), sentence.end, date_starts):
                continue  # ", taču būs arī nākamā tikšanās … – 12. maijā": that day's occurrence
            stop = _ITEM_END.search(text, m.end(), min(end, m.end() + ITEM_REACH))
            item = (m.start() + 1, stop.start() if stop else min(end, m.end() + ITEM_REACH))
            add_event(doc, index, item, day, date_starts, by_key, record,
                      narrow=lambda nouns, verb_end=m.end(): [n for n in nouns if n.start >= verb_end])
