"""An occurrence led by its own hour further on in its day's clause: "19. aprīlī – oktāva, plkst.
17.00 Sv. Jāzepa stunda, plkst. 18.00 Sv. Mise" is the Mass at 18.00, not at the clause's first hour
after the day, which leads something else. The hour counts as the noun's own when only a dash, a
colon or a word or two (an abbreviated title, an adjective) stand between it and the noun, and it
lies after the day and before the next date. O(log n) per event."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from .noun_mention import NounMention

# What may stand between an hour and the noun it leads: "18.00 Sv. Mise", "10.00 – koncerts",
# "plkst. 7.00 Rezurekcijas Sv. Mise" (no comma, no sentence's end).
LEADING_GAP = re.compile(r"[ \t]*(?:[–—:-][ \t]*)?(?:[^\W\d_]{1,4}\.[ \t]*|[^\W\d_]+[ \t]+){0,2}", re.IGNORECASE)


def led_time(doc: Document, noun: NounMention, after: int, stop: int | None,
             event_times) -> tuple[str, str | None] | None:
    """The hour right before the noun, between the day (`after`) and the next date (`stop`); else
    None. `event_times` is parts' (starts, times) of the document."""
    starts, times = event_times
    i = bisect.bisect_left(starts, noun.start) - 1
    if i < 0 or starts[i] < after or (stop is not None and starts[i] >= stop) or times[i][1] > noun.start:
        return None
    gap = LEADING_GAP.match(doc.text, times[i][1], noun.start)
    if gap is None or gap.end() != noun.start or doc.sentence_index(starts[i]) != doc.sentence_index(noun.start):
        return None
    return times[i][2], times[i][3]
