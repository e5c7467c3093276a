"""Two items of one list on the same day at two hours, each led by its own town ("– Ozolos,
06.07.2022. plkst. 10.00, pagasta pārvaldes telpās" / "– Liepās, 06.07.2022. plkst. 13.00, pagasta
pārvaldes telpās"): two occurrences, though the venue's words are alike (each town's own office,
named by the same common noun). two_hours.py keeps a venue said twice as one; the items' leading towns
tell them apart. Asked by adding.py for a kind and day told again. O(1) per pair."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from ...record import DateMention, Event
from .blocks import LIST_ITEM

# An item's lead before its date: the marker, then a word or two and a comma ("– Ozolos, ").
_LEAD = re.compile(r"[ \t]*(?:[•\-–—*·▪●◦][ \t]*)?([^\W\d_][\w ]{1,40}?)[ \t]*,[ \t]*$")


def _lead(doc: Document, mention: DateMention) -> str | None:
    line = layout(doc).line_of(mention.span.start)
    if not LIST_ITEM.match(doc.text[line[0]:line[0] + 20]):  # a slice: LIST_ITEM's "^" holds at 0 only
        return None
    m = _LEAD.match(doc.text, line[0], mention.span.start)  # "$" holds at endpos: no copy of the line
    return m.group(1).strip().lower() if m else None


def listed_apart(doc: Document, event: Event, known: Event, first: DateMention, again: DateMention) -> bool:
    if not (event.start_time and known.start_time) or event.start_time == known.start_time:
        return False
    if layout(doc).line_of(first.span.start) == layout(doc).line_of(again.span.start):
        return False
    lead, other = _lead(doc, first), _lead(doc, again)
    return lead is not None and other is not None and lead != other
