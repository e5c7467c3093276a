"""A second occurrence the day's sentence tells after its first, by a relative of place or
sequence ("19. jūnijā sāksies gājiens uz pieminekli, kur notiks atklāšanas ceremonija"; "… notiks
talka, pēc kuras notiks zaļumballe"; "svētki sasniegs kulmināciju sestdien, 3. jūnijā, kad
norisināsies gājiens"): the walk gives a day one noun, this one is the day's too.
Not "kurā" ("seminārs, kurā notiks diskusija": a part of the first), nor a kind the day has, nor what
follows a feast's opening told as the subject ("atklāšana sāksies …, kam sekos stafetes")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, DateRole, Record
from .dating import days_with_sentences
from .lexicon import happens_alternation, literals, vocabulary
from .paired_second import paired_second
from .parts import build_event
from .placed_pair import placed_pair
from .ranking import Nouns, is_frame

# How far past the verb the occurrence's noun may stand ("kur notiks spartakiādes atklāšanas ceremonija").
NOUN_REACH = 60


@lru_cache(maxsize=1)
def _then_clause() -> re.Pattern:
    relatives = literals(vocabulary()["then_told"]["relatives"])
    # Following the first tells the second takes place too ("…, pēc kuras sekos uguņošana un balle").
    follows = literals(vocabulary()["then_told"]["follows"])
    return re.compile(rf",\s*(?:{relatives})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{happens_alternation()}|{follows})(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _part_word() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['frames']['part_nominatives'])})(?!\w)", re.IGNORECASE)


def then_told(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
              by_key: dict, record: Record) -> None:
    """O(sentences with a candidate + candidates · (log n + then-clauses before the next day)): the
    sentence's then-clauses and part words are found once (each holds one comma, its first character, so the ones
    after a day are those of the sentence that start after it)."""
    text = doc.text
    clauses: dict[int, tuple[list[int], list[re.Match], int | None]] = {}
    for mention, sentence in days_with_sentences(doc, candidates, DateRole.event.value):
        if sentence.start not in clauses:
            found = list(_then_clause().finditer(text, sentence.start, sentence.end))
            part = _part_word().search(text, sentence.start, sentence.end)
            clauses[sentence.start] = ([m.start() for m in found], found, part.start() if part else None)
        starts, found, part = clauses[sentence.start]
        # Up to the next day: a then-clause past it is that day's to tell.
        k = bisect.bisect_right(date_starts, mention.span.start)
        until = date_starts[k] if k < len(date_starts) else sentence.end
        for m in found[bisect.bisect_left(starts, mention.span.end):bisect.bisect_left(starts, until)]:
            # The first occurrence told as the opening or another part of a feast ("Svētku atklāšana
            # sāksies …, kam sekos stafetes"): what follows is the same feast's, no second occurrence.
            if part is not None and part < m.start():
                continue
            reach = (m.end(), min(sentence.end, m.end() + NOUN_REACH))
            stop = re.search(r"[,;.]", text[reach[0]:reach[1]])
            if stop:
                reach = (reach[0], reach[0] + stop.start())
            nouns = [n for n in index.all_in(reach) if not is_frame(doc, n)]
            if not nouns:
                continue
            # The head of "spartakiādes atklāšanas ceremonija" is its last noun.
            noun = nouns[-1]
            if (noun.kind, mention.value) in by_key or any(e.type == noun.kind and e.start == mention.value
                                                           for e in record.events):
                continue
            bounds = (m.start() + 1, sentence.end)
            event = build_event(doc, index, noun, bounds, mention, bounds, date_starts)
            event.span = doc.span(noun.start, noun.end)
            by_key[(event.type, event.start)] = event
            record.events.append(event)
    paired_second(doc, index, candidates, date_starts, by_key, record)  # "… svētki un vakara balle"
    placed_pair(doc, index, candidates, date_starts, by_key, record)  # "gadatirgus laukumā un koncerts estrādē"
