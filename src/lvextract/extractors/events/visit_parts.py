"""A visit and its meetings: one occurrence. A meeting dated on a day of a dated visit ("no 19. līdz
22. decembrim oficiālā vizītē … 21. decembrī tikās ar mēru"), or told by a bare weekday soon after a
visit of several days, is a part of the visit, and so is the visit told again on one of its days
("Turpinot vizīti, piektdien …"); a meeting whose
noun only frames the sentence after a visit told by its verb ("28. oktobrī Madonu apmeklēja
delegācija. Tikšanās laikā domē …") is that visit. O(events²) over the few visits and meetings."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import literals, vocabulary, whole_words
from .offsets import any_between

VISIT = "vizīte"


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    data = vocabulary()["visit_parts"]
    frame = re.compile(rf"\s+(?:{literals(data['frames'])})(?!\w)", re.IGNORECASE)
    verb = whole_words(data['verbs'])
    return frozenset(data["meetings"]), frame, verb


def _within(day: str, start: str, end: str | None) -> bool:
    """The day falls on the visit's days, both told with the same kind of year."""
    end = end or start
    return len(day) == len(start) == len(end) == 10 and day[:4] == start[:4] == end[:4] and start <= day <= end


def visit_parts(doc: Document, record: Record) -> None:
    meetings, frame, verb = _data()
    if not any(e.type in meetings or e.type == VISIT for e in record.events):
        return
    visits = [e for e in record.events if e.type == VISIT and e.start]
    if visits:
        weekdays = sorted(d.span.start for d in record.dates if d.relative)
        record.events[:] = [e for e in record.events if not _part_of_visit(e, visits, meetings, weekdays)]
        return
    for event in record.events:
        if event.type in meetings and event.start and _frames_visit(doc, record, event, frame, verb):
            # The frame's venue ("Tikšanās laikā domē") is the meeting's room, not the visit's place.
            event.type, event.place, event.address = VISIT, None, None


# How far after a visit of several days a meeting told by a bare weekday ("Ceturtdien ministrs
# tikās ar …") may stand to be one of its days.
UNDATED_REACH = 1500


def _part_of_visit(event, visits: list, meetings: frozenset[str], weekdays: list[int]) -> bool:
    """A meeting on a visit's day, a meeting told by a bare weekday soon after a visit of several days,
    or that visit told again on one of its days by the weekday ("Turpinot vizīti, piektdien …"; a visit
    told by its own calendar day inside a stay, "10. maijā … vizīte novada domē", is another one)."""
    for visit in visits:
        if visit is event:
            continue
        if event.start and _within(event.start, visit.start, visit.end) and (event.type in meetings or (
                event.type == VISIT and visit.end and not event.end
                and any_between(weekdays, (event.span.start, event.span.end)))):
            return True
        if event.start is None and event.type in meetings and visit.end \
                and 0 < event.span.start - visit.span.start < UNDATED_REACH:
            return True
    return False


def _frames_visit(doc: Document, record: Record, event, frame: re.Pattern, verb: re.Pattern) -> bool:
    """The meeting's noun opens its sentence as a frame ("Tikšanās laikā"), and the sentence before,
    which dates it, tells a visit by its verb."""
    start = event.span.start
    i = doc.sentence_index(start)
    if i is None or i == 0 or doc.text[doc.sentences[i].start:start].strip():
        return False
    if not frame.match(doc.text, event.span.end):
        return False
    before = doc.sentences[i - 1]
    dated = any(d.value == event.start and before.start <= d.span.start < before.end for d in record.dates)
    return dated and verb.search(doc.text, before.start, before.end) is not None
