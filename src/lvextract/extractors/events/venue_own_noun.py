"""A venue phrase walked back over the event's own noun ("koncertu Allažu baznīcā", "zolītes
čempionātu tautas namā"): the accusative (or genitive) of the noun has a genitive's ending, so the
venue grew over it and over the words before it. The event's own noun is never a word of its place:
the place is the words after it ("Allažu baznīca", "tautas nams"). O(log venues + venues near the noun)
per event: a clause of many events and venues is not read whole per event.

`without_own_noun` cuts a venue at the mention of the noun the event was built from;
`cut_own_noun` then reads the finished records, for a venue that holds the noun told elsewhere
(in a quoted title: "pasākumu "Atvērto durvju diena" filiāles telpas" → "filiāles telpas"). Only
the noun in its own (nominative) form counts there: "Semināru centrs", "Izstāžu zāle" are venues
named for what is held in them. O(events)."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import Record
from .noun_mention import NounMention

WORD = re.compile(r"[^\W\d_]+")


def _trimmed(doc: Document, start: int, phrase: str, noun: NounMention) -> tuple[int, str]:
    """The venue without its words up to the noun's end, or the venue itself when the noun is not in it."""
    words = phrase.split()
    if noun.start < start:
        return start, phrase
    before = len(doc.text[start:noun.end].split())  # the venue's words up to and with the noun
    if before >= len(words):
        return start, phrase  # the noun lies past the venue
    at = noun.end
    while at < len(doc.text) and doc.text[at].isspace():
        at += 1
    return at, " ".join(words[before:])


VENUE_REACH = 300  # characters: no venue phrase is longer


def near(group: list[tuple[int, str]], lo: int, hi: int) -> tuple[int, int]:
    """The index range of a group's venues (sorted by offset) that start in [lo, hi)."""
    return bisect.bisect_left(group, (lo, "")), bisect.bisect_left(group, (hi, ""))


def without_own_noun(doc: Document, groups: list[list[tuple[int, str]]],
                     noun: NounMention) -> list[list[tuple[int, str]]]:
    """The venue groups with any venue that contains the event's noun cut to the words after it."""
    ranges = [near(group, noun.start - VENUE_REACH, noun.start + 1) for group in groups]
    if not any(v[0] <= noun.start < v[0] + len(v[1]) + 8 for group, (lo, hi) in zip(groups, ranges) for v in group[lo:hi]):
        return groups
    return [group[:lo] + sorted((_trimmed(doc, start, phrase, noun) for start, phrase in group[lo:hi]), key=lambda item: item[0])
            + group[hi:] for group, (lo, hi) in zip(groups, ranges)]


def cut_own_noun(record: Record) -> None:
    for event in record.events:
        if not event.place or not event.type:
            continue
        noun = event.type.split()[-1].lower()
        words = list(WORD.finditer(event.place))
        for k, m in enumerate(words[:-1]):
            if m.group(0).lower() == noun:
                event.place = event.place[words[k + 1].start():]
                break
