"""A day's occurrence told at several venues, each with its own hour, in a run right after the day
("Kapu svētki notiks 4. augustā – Lielupē 13:00; Jaundubultos 15:00; Asaros 17:00.", "… 27. augustā
kapsētās notiks Kapu svētki: 11.00 – Liepu kapos, 12.00 – Ozolu kapos"): one occurrence per venue
and hour (RECORD.md; a feast held at several venues is one occurrence each, as other_venue.py keeps
them). The walk gives the day one event, the first venue's or none. A run is two or more items
joined by semicolons or commas, each a capitalised place in the locative and an hour, or an hour, a
dash and such a place; it starts within a few characters of the day's mention or of the event's
own clause's colon, and runs on its own line or sentence. O(events · run length)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian import places
from ...latvian.orthography import DASH, UPPER
from ...layout import layout
from ...record import DateMention, Event, Record
from ...temporal.times import clock_of
from .dating import DAY_VALUE

# Where the run may start after the day: a dash, a colon, "notiks", a few words ("kapsētās notiks
# Kapu svētki:") — at most this far.
LEAD_REACH = 60
_PLACE = rf"[{UPPER}][^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}}"
_CLOCK = r"(?:plkst\.[ \t]*)?(\d{1,2})[.:](\d{2})"
# "Lielupē 13:00" or "13.00 – Liepu kapos".
_PLACE_HOUR = re.compile(rf"({_PLACE})[ \t]+{_CLOCK}(?!\d)")
_HOUR_PLACE = re.compile(rf"{_CLOCK}[ \t]*{DASH}[ \t]*({_PLACE})")
_JOINT = re.compile(r"[ \t]*[;,][ \t]*")
# The marks after which a run may start: a spaced dash, a colon (maybe at its line's end), "notiks".
_LEAD = re.compile(rf"(?:[ \t]{DASH}|:[ \t]*\n?|(?<![^\W\d_])(?:notiks|notiek)(?![^\W\d_]))[ \t]*")
FEWEST = 2
_ANY_HOUR = re.compile(r"\d[.:]\d\d")


def venue_hour_runs(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    text = doc.text
    if not _ANY_HOUR.search(text):
        return
    added: list[Event] = []
    for event in list(record.events):
        mention = first_mention.get(id(event))
        if mention is None or event.end is not None or not DAY_VALUE.match(event.start or ""):
            continue
        items: list[tuple[str, str]] = []
        for lead in _LEAD.finditer(text, mention.span.end, min(len(text), mention.span.end + LEAD_REACH)):
            if ";" in text[mention.span.end:lead.start()]:
                break
            items = _run(text, lead.end(), layout(doc).line_of(lead.end())[1])
            if items:
                break
        if len(items) < FEWEST or len({venue for venue, _ in items}) < len(items):
            continue
        if event.start_time not in (None, items[0][1]) or event.place not in (None, items[0][0]):
            continue
        event.place, event.start_time, event.end_time = items[0][0], items[0][1], None
        for venue, hour in items[1:]:
            twin = event.model_copy(update={"place": venue, "start_time": hour, "end_time": None, "address": None})
            first_mention[id(twin)] = mention
            added.append(twin)
    record.events.extend(added)


def _run(text: str, at: int, line_end: int) -> list[tuple[str, str]]:
    """(venue, hour) of each item of the run starting at `at` and ending by `line_end`, in the nominative."""
    items = []
    pos = at
    while pos < line_end:
        m = _PLACE_HOUR.match(text, pos, line_end)
        if m is not None and places.is_locative(m.group(1).split()[-1]):
            venue, hour = m.group(1), clock_of(m.group(2), m.group(3))
        else:
            m = _HOUR_PLACE.match(text, pos, line_end)
            if m is None or not places.is_locative(m.group(3).split()[-1]):
                break
            venue, hour = m.group(3), clock_of(m.group(1), m.group(2))
        if hour is None:
            break
        items.append((places.nominative(venue), hour))
        joint = _JOINT.match(text, m.end(), line_end)
        if joint is None:
            break
        pos = joint.end()
    return items
