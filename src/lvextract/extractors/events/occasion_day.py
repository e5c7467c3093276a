"""A day named by the occurrence it is the day of: "5. novembrī atklās izstādi. Izstādes atklāšanas
dienā paredzēta arī lekcija" — an occurrence's genitive (and a part's: "atklāšanas", "noslēguma")
before "dienā", in a later sentence with no day of its own, is the day that occurrence was told on
just before; the clause after it names an occurrence of that day (day_anaphora.pointed_events).
Only an occurrence already told counts: "dzimšanas dienā", "darba dienā" name no occurrence of the
text. A part's genitive alone ("… atklās gadatirgu. Atklāšanas dienā būs koncerts") names the opening
day of the occurrence told last, whatever its kind. The occurrence's continuation or close
("Sanāksmes turpinājumā noritēja tikšanās", "Koncerta noslēgumā notiks balle") points the same way. O(n) for the pattern, O(log) per match: dates and told events are looked up in sorted lists."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...record import DateMention, Event
from .lexicon import stems
from .noun_mention import GENITIVE_MODIFIER
from .offsets import any_between

# How many sentences back the occurrence may have been told ("… atklās izstādi. … Izstādes dienā …").
SENTENCES_BACK = 3
# White space of at most one line break (a wrapped line), not a blank line between paragraphs.
_SPACE = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
# "dienā", or the occurrence's own continuation or close: "Sanāksmes turpinājumā noritēja tikšanās",
# "Koncerta noslēgumā notiks balle" (a later part of the same day).
WORDS = re.compile(rf"(?<![\w-])([^\W\d_]+)(?:{_SPACE}([^\W\d_]+))?{_SPACE}(dienā|turpinājumā|noslēgumā)(?!\w)")


@lru_cache(maxsize=1)
def _part_stems() -> frozenset[str]:
    return stems("occasion_day", "parts")


def occasion_days(doc: Document, events: list[Event], date_starts: list[int]) -> list[DateMention]:
    """A date mention spanning "dienā" for each "<occurrence's genitive> dienā" whose occurrence was
    told, with its day, in the sentences just before, and whose own sentence states no day."""
    told: dict[str, list[Event]] = defaultdict(list)  # by the kind's last word, in text order
    for e in sorted((e for e in events if e.start is not None and e.end is None), key=lambda e: e.span.start):
        told[stem(e.type.split()[-1])].append(e)
    if not told:
        return []
    starts = {kind: [e.span.start for e in es] for kind, es in told.items()}
    every = sorted((e for es in told.values() for e in es), key=lambda e: e.span.start)
    every_starts = [e.span.start for e in every]
    found = []
    if not any(word in doc.text for word in ("dienā", "turpinājumā", "noslēgumā")):
        return found  # WORDS needs the word itself (case-sensitive): spare the scan of every word
    for m in WORDS.finditer(doc.text):
        kind_word, part = m.group(1), m.group(2)
        if part is not None and stem(part.lower()) not in _part_stems():
            kind_word = part  # "Arī koncerta dienā": the word right before "dienā" is the occurrence's
        # "Atklāšanas dienā", "Tāpat atklāšanas dienā": a part's genitive with no occurrence's before it
        # (not "Pilsētas svētku atklāšanas dienā", an occurrence the text may not have told)
        bare_part = stem(m.group(1).lower()) in _part_stems() if part is None \
            else stem(part.lower()) in _part_stems() and not GENITIVE_MODIFIER.search(m.group(1).lower())
        if not bare_part and not GENITIVE_MODIFIER.search(kind_word.lower()):
            continue
        here = doc.sentence_index(m.start())
        if here is None or any_between(date_starts, (doc.sentences[here].start, doc.sentences[here].end)):
            continue
        if bare_part:
            told_here, before = every, bisect_left(every_starts, m.start())
        else:
            kind = stem(kind_word)
            told_here, before = told[kind], bisect_left(starts.get(kind, []), m.start())
        event = _latest_before(doc, told_here, before, here) if before else None
        if event is None or (bare_part and doc.sentence_index(event.span.start) != here - 1):
            continue  # a bare part's genitive takes only the sentence right before it ("… atklās gadatirgu. Atklāšanas dienā …")
        found.append(DateMention(value=event.start, end=None, anchored=False, relative=None,
                                 span=doc.span(m.start(3), m.end(3))))
    return found


def _latest_before(doc: Document, told: list[Event], before: int, here: int) -> Event | None:
    """The latest of `told[:before]` in the SENTENCES_BACK sentences before sentence `here`: those of
    sentence `here` itself are passed over (at most the events of one sentence)."""
    for k in range(before - 1, -1, -1):
        event = told[k]
        there = doc.sentence_index(event.span.start)
        if there is None or there == here:
            continue
        return event if 0 < here - there <= SENTENCES_BACK else None
    return None
