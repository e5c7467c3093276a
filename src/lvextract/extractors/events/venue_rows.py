"""A listing's row led by its day and closed by its start hour, the venue and the address between
("4. aprīlī, otrdienā, Ozolu kultūras namā, Liepu ielā 3, Ozolos, sākums plkst. 11.00"): a date
line however many words its venue takes, so a section heading naming the kind ("SEMINĀRI
APRĪLĪ") dates it as it dates a short date line (noun_choice.section_noun). Only a row that opens
with its day, holds no other day and ends at its hour; a row that names no hour stays a bare date."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ...temporal.times import clock_times
from .offsets import any_between

# A row is a line of a listing, not a paragraph.
LONGEST_ROW = 220
# What may follow the hour on its row: a closing mark.
_CLOSING = re.compile(r"[\s.;,]*")
# What may stand before the day on its row: a bullet or a dash.
_OPENING = re.compile(r"[ \t•*·\-–—]*")


def venue_row(doc: Document, mention: DateMention, calendar_starts: list[int]) -> bool:
    """Whether the date opens a row that its start hour closes, no other calendar date between (its
    weekday, "2. martā, ceturtdienā", is the same day)."""
    start, end = layout(doc).line_of(mention.span.start)
    if end - start > LONGEST_ROW or not _OPENING.fullmatch(doc.text, start, mention.span.start):
        return False
    if any_between(calendar_starts, (mention.span.end, end)):
        return False
    times = clock_times(doc.text, mention.span.end, end)
    return bool(times) and _CLOSING.fullmatch(doc.text, times[-1][1], end) is not None
