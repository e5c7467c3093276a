"""A venue phrase walked back over the event's own noun ("koncertu Allažu baznīcā", "zolītes
čempionātu tautas namā"): the accusative (or genitive) of the noun has a genitive's ending, so the
venue grew over it and over the words before it. The event's own noun is never a word of its place:
the place is the words after it ("Allažu baznīca", "tautas nams"). O(venues) per event."""
from __future__ import annotations

from ...document import Document
from .noun_mention import NounMention


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


def without_own_noun(doc: Document, groups: list[list[tuple[int, str]]],
                     noun: NounMention) -> list[list[tuple[int, str]]]:
    """The venue groups with any venue that contains the event's noun cut to the words after it."""
    if not any(v[0] <= noun.start < v[0] + len(v[1]) + 8 for group in groups for v in group):
        return groups
    return [sorted((_trimmed(doc, start, phrase, noun) for start, phrase in group), key=lambda item: item[0])
            for group in groups]
