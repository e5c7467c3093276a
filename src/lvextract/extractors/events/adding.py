"""adding: one event per kind and day, a retold one filling the gaps of the first.

What the walk over the dates (and the day anaphora after it) keeps as it adds: the first event
of each kind and day, the date that made each, ranges whose first day is told again, days told
again for another town, and twins at another venue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...document import Document
from ...record import DateMention, DateRole, Event, Record
from .merging import fill_gaps
from .other_end import other_end
from .other_venue import at_other_venue
from .same_day_other import other_on_same_day, placed_apart
from .towns import another_item
from .two_hours import at_other_hour
from .item_hours import listed_apart
from .trip_days import trip_days_of
from .calendar_anchor import told_by_calendar


@dataclass
class Added:
    """What was added, held past the walk: the passes after it (after_walk.py) read and add to the same
    tables."""
    doc: Document
    record: Record
    by_key: dict[tuple[str, str], Event] = field(default_factory=dict)
    first_mention: dict[int, DateMention] = field(default_factory=dict)  # id(event) → the date that made it
    first_days: set[int] = field(default_factory=set)  # ranges whose first day the text also tells on its own
    elsewhere: list[tuple[Event, DateMention]] = field(default_factory=list)  # the same day told again for another town of a list
    venue_twins: dict[tuple, list[Event]] = field(default_factory=dict)  # the same kind and day at another venue (other_venue)
    trip_days: set[str] = field(default_factory=set)  # the days the trips added cover (trip_days.inside_trip)
    stood_in: list[DateMention] = field(default_factory=list)  # relative days given a stand-in day (stand_in_days)

    def __post_init__(self) -> None:
        for event in self.record.events:
            self.trip_days.update(trip_days_of(event))

    def add(self, event: Event, mention: DateMention) -> None:
        doc, record, by_key, first_mention = self.doc, self.record, self.by_key, self.first_mention
        venue_twins, first_days, elsewhere = self.venue_twins, self.first_days, self.elsewhere
        # Undated ones (a relative day with nothing to count from) are told apart by their day's word
        # (a stand-in day per word during the walk: stand_in_days).
        key = (event.type, event.start) if event.start is not None else (event.type, mention.relative)
        told = next((e for e in venue_twins.get(key, ()) if e.place == event.place), None)
        if told is not None:  # a venue's occurrence told again ("Tajā pašā dienā, 18. novembrī, Liepās …")
            fill_gaps(told, event)
            self.trip_days.update(trip_days_of(told))
        elif key in by_key and (at_other_venue(doc, event, by_key[key], first_mention[id(by_key[key])], mention)
                                or other_on_same_day(doc, event, by_key[key], mention)  # "Šajā pašā dienā … Liepās"
                                or placed_apart(event, venue_twins.get(key, ()))):
            venue_twins.setdefault(key, []).append(event)
            first_mention[id(event)] = mention
            record.events.append(event)
            self.trip_days.update(trip_days_of(event))
        elif key in by_key and (at_other_hour(doc, event, by_key[key], first_mention[id(by_key[key])], mention)
                              or listed_apart(doc, event, by_key[key], first_mention[id(by_key[key])], mention)
                              or other_end(doc, event, by_key[key], first_mention[id(by_key[key])], mention)):
            # one kind at another hour in another sentence: another town's; or a range closing on
            # another day: another occurrence opening on the same one
            first_mention[id(event)] = mention
            record.events.append(event)
            self.trip_days.update(trip_days_of(event))
        elif key in by_key:  # the same occurrence told twice ("No 4. līdz 6. … festivāls"; "atklāts 4. … plkst. 18:00")
            if by_key[key].end is not None and event.end is None and by_key[key].start == event.start:
                first_days.add(id(by_key[key]))  # a range's first day told again on its own
            if another_item(doc, first_mention[id(by_key[key])], mention):
                elsewhere.append((event, mention))
            fill_gaps(by_key[key], event)
            if told_by_calendar(first_mention[id(by_key[key])], mention):
                first_mention[id(by_key[key])] = mention  # "Šodien sākušās sacensības … notiek 14. un 15. maijā"
            self.trip_days.update(trip_days_of(by_key[key]))
        else:
            by_key[key] = event
            for later in stretch_days(event, mention):  # "11. un 12. novembrī" … "12. novembrī": the same one
                by_key.setdefault((event.type, later), event)
            first_mention[id(event)] = mention
            record.events.append(event)
            self.trip_days.update(trip_days_of(event))
        if mention.role != DateRole.document.value:  # a dateline stays the document's date
            mention.role = DateRole.event.value


# A stretch of days written as a list ("11. un 12. novembrī", "7., 8. un 9. aprīlī"): one date mention
# from the first day to the last, each of whose days the text may tell again on its own later ("12.
# novembrī tiks nodrošināta tulkošana"): that day is the same occurrence, as each listed day is.
_LISTED_DAYS = re.compile(r"(?<![\d.])\d{1,2}\.?\s*(?:,|\bun\b)\s*\d{1,2}\.")


def stretch_days(event: Event, mention: DateMention) -> list[str]:
    """The days after the first of a stretch written as a list, as date values; else none."""
    start, end = event.start or "", event.end or ""
    if len(start) != 10 or len(end) != 10 or start[:8] != end[:8] \
            or not _LISTED_DAYS.search(mention.span.text or ""):
        return []
    return [f"{start[:8]}{day:02d}" for day in range(int(start[8:]) + 1, int(end[8:]) + 1)]
