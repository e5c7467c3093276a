"""One kind of occurrence on one day told in two sentences with two clock times ("Ozolos atceres
brīdis 14. jūnijā sāksies pulksten 12. … Liepās atceres brīdis 14. jūnijā sāksies pulksten 15."):
a commemoration or a meeting held in several towns on the same day is one occurrence per town, so
the second sentence is another occurrence, not the first told again. O(log n) per pair."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Event
from .told_apart import told_apart


def at_other_hour(doc: Document, event: Event, known: Event, first: DateMention, again: DateMention) -> bool:
    """Whether `event` (dated by `again`) is another occurrence than `known` (dated by `first`):
    both tell their own clock time and the times differ, the two days stand in different sentences,
    and no shared quoted name or venue makes them one ("koncerts 5. maijā plkst. 18 … Koncerts 5. maijā
    sāksies 18.00" is one, and so is a place said twice). Two venues told apart make two whatever the
    closing hours; without venues one closing hour makes a shifted start of one span."""
    if not (event.start_time and known.start_time) or event.start_time == known.start_time:
        return False
    if doc.sentence_index(first.span.start) == doc.sentence_index(again.span.start):
        return False  # "5. maijā plkst. 10 un plkst. 14 …": the hours of one sentence are its own matter
    if event.title and known.title:
        return told_apart(event, known)
    if event.place and known.place:
        # Two venues told apart are two occurrences even when both close at the same hour (balls
        # in two halls "no 21.00 līdz 03.00" and "no 22.00 līdz 03.00"); one venue said twice is one.
        return told_apart(event, known)
    if event.end_time and known.end_time and event.end_time == known.end_time:
        return False  # one span told with a shifted start
    return True
