"""A two-day occurrence told twice with its days paired ("5. un 6. jūlijā notiks svētki. … Svētki
2025. gada 5. un 6. jūlijā notiks stadionā"): the walk gives the second pair's first day to the
range (the same kind and day) and its last day an event of its own, which would read as a list
inside the range and drop it. That last day is the range told again. O(dates) per range."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention, Event

# Only a joiner between the pair's two days ("5. un 6.", "5.–6.").
PAIR_JOIN = re.compile(r"[\s.,]*(?:un|–|-|—)[\s.,]*", re.IGNORECASE)


def retold_last_days(doc: Document, dates: list[DateMention], frame: Event, inside: list[Event],
                     first_mention: dict[int, DateMention]) -> list[Event]:
    """The events of `inside` on the range's last day whose first mention closes a pair the range's
    first day opens."""
    opens = [d for d in dates if d.value == frame.start and d.end is None]
    found = []
    for event in inside:
        mention = first_mention.get(id(event))
        if mention is None or event.start != frame.end:
            continue
        if any(d.span.end <= mention.span.start and PAIR_JOIN.fullmatch(doc.text, d.span.end, mention.span.start)
               for d in opens):
            found.append(event)
    return found
