"""One day's two stops told in one breath, an hour and a town each, joined by "un" ("6. februārī
plkst. 15.00 Ozolos un plkst. 19.00 Liepās viesosies pūtēju orķestris"): a tour's two occurrences,
one per town, not one occurrence at the first hour. The event the day made keeps the first stop;
a copy takes the second's hour and town. O(events), each reading a bounded stretch after its day."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian import places
from ...record import DateMention, Record
from .hour_abbreviation import CLOCK_WORD

# The clock word, the hour, then a capitalised town in the locative; the two stops joined by "un".
_STOP = rf"(?:{CLOCK_WORD})[^\S\n]*(\d{1,2})(?:[.:](\d{2}))?[^\S\n]+([A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)"
_PAIR = re.compile(rf"[^\S\n]*,?[^\S\n]*{_STOP}[^\S\n]+un[^\S\n]+{_STOP}(?!\w)")
# How far after the day its first stop may start ("6. februārī plkst. …", "6. februārī, plkst. …").
REACH = 4


def _hour(hours: str, minutes: str | None) -> str:
    return f"{int(hours):02d}:{minutes or '00'}"


def add_hour_stops(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    added = []
    # (the occurrences known by day, hour and kind, copies included: one set, not a scan per event)
    seen = {(e.start, e.start_time, e.type) for e in record.events}
    for event in record.events:
        mention = first_mention.get(id(event))
        if mention is None or mention.end is not None or event.start_time is None:
            continue
        m = _PAIR.match(doc.text, mention.span.end, mention.span.end + REACH + 80)
        if m is None or m.start(1) - mention.span.end > REACH + 8:
            continue
        if _hour(m[1], m[2]) != event.start_time or not (places.is_locative(m[3]) and places.is_locative(m[6])):
            continue
        second = event.model_copy(update={"start_time": _hour(m[4], m[5]), "end_time": None,
                                          "place": places.nominative(m[6]), "address": None})
        key = (second.start, second.start_time, second.type)
        if key not in seen:
            seen.add(key)
            added.append(second)
    record.events.extend(added)
