"""Two named occurrences of one day joined by "un" ("6. jūnijā notiks Baznīcu nakts un Atvērto
baznīcu diena"): each is its own occurrence, announced or held, bare pair or not, unlike the common
nouns paired_second leaves as one programme ("konference un darbnīca notiks …"). Named means a kind of
two or more words whose last is one of events.toml [paired_second] named_heads ("diena", "nakts").
The walk gave the day one of the two; this adds the other. O(nouns of the day's stretch)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from .lexicon import vocabulary
from .parts import build_event
from .ranking import Nouns

# Only "un" and at most two words between the first name's end and the second's start (the second's
# own adjective or genitive when its noun span is shorter than its name).
JOINED = re.compile(r"[\s\"'„“”«»]*un[\s\"'„“”«»]+(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(vocabulary()["paired_second"]["named_heads"])


def _named(kind: str) -> bool:
    words = kind.split()
    return len(words) > 1 and words[-1] in _heads()


def named_pair(doc: Document, index: Nouns, nouns: list, mention: DateMention, stretch: tuple[int, int],
               date_starts: list[int], by_key: dict, record: Record) -> None:
    for first, second in zip(nouns, nouns[1:]):
        if first.kind == second.kind or not (_named(first.kind) and _named(second.kind)):
            continue
        if not JOINED.fullmatch(doc.text, first.end, second.start):
            continue
        have_first, have_second = ((n.kind, mention.value) in by_key for n in (first, second))
        if have_first == have_second:
            continue
        had = by_key[((first if have_first else second).kind, mention.value)]
        noun = second if have_first else first
        event = build_event(doc, index, noun, stretch, mention, stretch, date_starts)
        event.status = event.status or had.status
        event.span = doc.span(noun.start, noun.end)
        by_key[(event.type, event.start)] = event
        record.events.append(event)
