"""Two ranges of one kind that open on the same day but close on different ones, told in two
sentences ("No 10. līdz 17. jūlijam Bonnā notika ķīmijas olimpiāde. Savukārt Krakovā no 10. līdz
18. jūlijam notika matemātikas olimpiāde."): two occurrences, not the first told again. A range
told again keeps its end, and a lone day inside a range may be its first day told on its own, so
only two stated ends that differ part them. O(1) per pair."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Event
from .told_apart import told_apart


def other_end(doc: Document, event: Event, known: Event, first: DateMention, again: DateMention) -> bool:
    """Whether `event` (dated by `again`) is another occurrence than `known` (dated by `first`):
    both are ranges with the same start, their ends differ, the two ranges stand in different
    sentences, and no shared quoted name makes them one."""
    if not (event.end and known.end) or event.end == known.end:
        return False
    if doc.sentence_index(first.span.start) == doc.sentence_index(again.span.start):
        return False  # "no 10. līdz 17. jūlijam (dalībniekiem līdz 18. jūlijam)": one sentence's matter
    if event.title and known.title and not told_apart(event, known):
        return False  # the same quoted name: one occurrence whose end was corrected
    return True
