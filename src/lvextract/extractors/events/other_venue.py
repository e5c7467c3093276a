"""One kind of occurrence on one day told in two sentences at two venues of one kind ("18. novembrī
Ozolu kultūras namā notiks svētku koncerts. 18. novembrī Liepu tautas namā notiks svētku
koncerts."): a feast held in several villages on the same day is one occurrence per venue, with
or without clock times. Venues of one kind are two towns (one word each) or two places sharing
their head word ("… nams", "… estrāde"); a town and a venue in it ("Rīgā" … "viesnīcā X") may be
one occurrence told twice, so they part nothing. O(1) per pair."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Event
from .told_apart import told_apart


def _kind(place: str) -> str:
    """A town (one word) or the venue's head word ("Ozolu kultūras nams" → "nams")."""
    words = place.split()
    return "" if len(words) == 1 else words[-1].casefold()


def at_other_venue(doc: Document, event: Event, known: Event, first: DateMention, again: DateMention) -> bool:
    """Whether `event` (dated by `again`) is another occurrence than `known` (dated by `first`):
    two sentences, venues of one kind told apart, and no shared quoted name."""
    if not (event.place and known.place) or _kind(event.place) != _kind(known.place):
        return False
    if event.title and known.title and event.title.casefold() == known.title.casefold():
        return False
    if doc.sentence_index(first.span.start) == doc.sentence_index(again.span.start):
        return False  # one sentence's venues are its own matter (hour_stops, towns)
    return told_apart(event, known)
