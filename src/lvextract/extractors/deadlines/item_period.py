"""A period told inside an item of a list of terms: "Pieteikšanās termiņi:⏎15. janvāris –
projektiem, kas notiks no 1. februāra līdz 30. jūnijam;". The day that opens the item is the term
(the lead-in's action, by `labels`); a range that "no" opens after it on the item's line, with no
cue of its own (the caller asks both), dates what the item is about (the projects' period), not a
second term. An item that opens with its range ("• pavasara kārta: no 1. līdz 15. martam") keeps
it: no day stands before it on the line; so does a second labelled day ("1. kārta – 15. marts,
2. kārta – 15. septembris"), no range."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import DateMention
from ..deadline_cues import term_list_item

# How far back the item's line is read.
ITEM_LINE = 200


def item_period(doc: Document, mention: DateMention, day_starts: list[int]) -> bool:
    """Whether an uncued range follows the item's own day on a line of a list of terms: a bounded
    read back to the line's start, a bisection over the starts of the days, and the lead-in test
    (deadline_cues.term_list_item, a bounded read) only then."""
    start = mention.span.start
    line_start = doc.text.rfind("\n", max(0, start - ITEM_LINE), start) + 1
    if line_start == 0 and start > ITEM_LINE:
        return False
    i = bisect.bisect_left(day_starts, line_start)
    if i >= len(day_starts) or day_starts[i] >= start:
        return False
    return term_list_item(doc, mention)
