"""A programme's lines under a dated heading ("14. februārī:\n• Plkst. 12.00 gājiens\n• Plkst. 19.00
danču vakars"): the clause runs from the day over every line, so its first hour after the day would be
every line's. An occurrence named on a later line than its day takes the hour that leads it on its own
line and in its own sentence ("Plkst. 12.00 gājiens"), when there is one. O(log n) per event."""
from __future__ import annotations

import bisect

from ...document import Document
from .noun_mention import NounMention


# A day heading's line holds the day and at most a weekday ("Sestdien, 14. februārī:"); a headline
# with words around its day ("Preses iespējas Saeimā 12. martā") is no programme's heading.
HEADING_LETTERS = 12


def _day_heading(doc: Document, day: tuple[int, int]) -> bool:
    start = doc.text.rfind("\n", 0, day[0]) + 1
    end = doc.text.find("\n", day[1])
    rest = doc.text[start:day[0]] + doc.text[day[1]:len(doc.text) if end < 0 else end]
    return sum(c.isalpha() for c in rest) <= HEADING_LETTERS


def own_line_time(doc: Document, noun: NounMention, day: tuple[int, int], event_times) -> tuple[str, str | None] | None:
    """The last clock time before the noun on its own line and in its sentence, when that line lies
    below the day's heading; else None. `event_times` is parts' (starts, times) of the document."""
    line_start = doc.text.rfind("\n", 0, noun.start) + 1
    if line_start <= day[1] or not _day_heading(doc, day):
        return None
    k = doc.sentence_index(noun.start)
    if k is not None:
        line_start = max(line_start, doc.sentences[k].start)
    starts, times = event_times
    i = bisect.bisect_left(starts, noun.start) - 1
    if i < 0 or starts[i] < line_start or times[i][1] > noun.start:
        return None
    return times[i][2], times[i][3]
