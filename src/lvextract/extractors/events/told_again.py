"""An occurrence told again in the sentences after the one that dates it. A verbless headline or
clause ("Novadpētniecības seminārs Mālpilī 9. maijā") takes its tense from the next sentence that
names the same kind again and no day of its own ("Seminārā uzstājās lektore …": held). And the generic word told again
with a bare weekday ("… 22. maijā notika grāmatas atvēršanas pasākums. Lai gan pasākums notika
svētdienā, …") is that occurrence, not an undated one of its own. O(events · log n)."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import Record
from .lexicon import generic_types
from .nouns import event_nouns
from .offsets import any_between
from .status import status_near

# How far after the event's own mention the kind may be named again.
REACH = 600


def status_from_later(doc: Document, record: Record) -> None:
    """A status-less event takes the tense of the first later sentence naming its kind that has one."""
    nouns = event_nouns(doc)
    starts = [n.start for n in nouns]
    date_starts = sorted(d.span.start for d in record.dates)
    for event in record.events:
        if event.status is not None or event.span is None:
            continue
        i = bisect.bisect_left(starts, event.span.end)
        while i < len(nouns) and nouns[i].start < event.span.end + REACH:
            noun = nouns[i]
            i += 1
            if noun.kind != event.type:
                continue
            k = doc.sentence_index(noun.start)
            if k is None:
                continue
            sentence = doc.sentences[k]
            if any_between(date_starts, (sentence.start, sentence.end)):
                continue  # a sentence with a day of its own tells that day's occurrence
            status = status_near(doc, (sentence.start, sentence.end), noun.start)
            if status is not None:
                event.status = status
                break


def drop_generic_retold(record: Record) -> None:
    """An undated generic event standing soon after a dated event of the same tense is that event
    told again ("Lai gan pasākums notika svētdienā")."""
    generic = generic_types()
    dated = [e for e in record.events if e.start is not None and e.span is not None]
    if not dated:
        return
    record.events[:] = [e for e in record.events if not (
        e.start is None and e.type in generic and e.span is not None and any(
            0 < e.span.start - d.span.start < REACH and d.status == e.status for d in dated))]
