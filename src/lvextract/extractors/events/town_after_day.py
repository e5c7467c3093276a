"""A tour's calendar with the town right after each day and no dash: "Koncerti notiks: 27.12.2025
Salacgrīva 28.12.2025 Bauska …" run into one line, or one a line ("21.02.2026 Ogre"). What stands
between the day and the next date (or the line's end) is only a capitalised name in the nominative,
a word or two, maybe closed by a comma or a dot: the town of the occurrence that day made, when it is
placed nowhere. A name that is an event noun ("1. maijs Darba svētki") is no town. O(events · log n)."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import DateMention, Record
from .nouns import event_nouns
from .visited_town import place_visited_towns
from ...layout import next_newline

_TOWN = re.compile(r"[ \t]+([A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:[ \t]+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?)[ \t]*[.,;]?[ \t]*")
# A nominative town name: a locative ("Rīgā", "Cēsīs") tells the place in a sentence, which the
# venue rules read; a genitive ("Ogres kultūras centrā") opens a venue phrase.
_NOMINATIVE_END = re.compile(r"(?:[aeiu]|[^aeāēīo][sš])$")


def place_towns_after_days(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    text = doc.text
    noun_starts = sorted(n.start for n in event_nouns(doc))
    date_starts = sorted(d.span.start for d in record.dates)
    for event in record.events:
        mention = first_mention.get(id(event))
        if event.place is not None or mention is None:
            continue
        line_end = next_newline(text, mention.span.end)
        line_end = len(text) if line_end < 0 else line_end
        k = bisect.bisect_right(date_starts, mention.span.end)
        stop = min(line_end, date_starts[k]) if k < len(date_starts) else line_end
        m = _TOWN.fullmatch(text, mention.span.end, stop)
        if m is None or not _NOMINATIVE_END.search(m.group(1).split()[-1]):
            continue
        i = bisect.bisect_left(noun_starts, m.start(1))
        if i < len(noun_starts) and noun_starts[i] < m.end(1):
            continue
        event.place = m.group(1)
    place_visited_towns(doc, record)  # "vizītē apmeklēs Daugavpili"
