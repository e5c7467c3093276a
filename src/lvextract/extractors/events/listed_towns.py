"""A calendar line of a series' days, "27. augusts – Dobele" / "2. aprīlis - Liepāja, Lauma": the
day opens its line and the dash gives the town, a capitalised name in the nominative, that is no event
noun. The event that day made, placed nowhere, gets that town. Only
short lines of that shape (a programme's "5. jūlijā – Koncerts" names an occurrence, which the
event-noun check leaves alone). O(events)."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention, Record
from .nouns import event_nouns
from .town_after_day import place_towns_after_days
from ...layout import next_newline, previous_newline, spaces_only

# The town, maybe a second name after a comma ("Liepāja, Lauma") or a note mark / bracket after it.
_TOWN_LINE = re.compile(r"[ \t]*[—–-][ \t]*([A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:[ \t]+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?)"
                        r"[ \t]*(?:[,(*][^\n]*)?$")
MAX_LINE = 90


def place_listed_towns(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    text = doc.text
    noun_starts = [n.start for n in event_nouns(doc)]
    for event in record.events:
        mention = first_mention.get(id(event))
        if event.place is not None or mention is None:
            continue
        line_start = previous_newline(text, mention.span.start) + 1
        line_end = next_newline(text, mention.span.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > MAX_LINE or not spaces_only(text, line_start, mention.span.start):
            continue
        m = _TOWN_LINE.match(text, mention.span.end, line_end)
        # The town itself names no occurrence; a bracket after it may name the series ("(kopā ar … čempionātu)").
        if m is None or any(m.start(1) <= s < m.end(1) for s in noun_starts):
            continue
        event.place = m.group(1)
    place_towns_after_days(doc, record, first_mention)  # "27.12.2025 Salacgrīva 28.12.2025 Bauska"
