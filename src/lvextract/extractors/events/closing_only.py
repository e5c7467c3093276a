"""An occurrence told only by its close ("novada svētki noslēgsies svētdienas, 14. jūlija, vakarā",
"… viens no posmiem, kas svinīgi noslēgsies Rīgā 27. oktobrī"): the day is its last one, not its
start, and the text gives no first day, so it dates no event of that noun (RECORD.md: `start` is the
first day; the adjudicated and the blind gold write none). A close told with what closes it ("…
noslēgsies 14. jūlijā ar koncertu") leaves that part its own event: only a noun told before the
verb is the one that closes. Dropped after
the closing days are joined to their first days (closing_day.py), so a close told after an opening
("sāksies 12. jūlijā, noslēgsies 14. jūlijā") stays that event's `end`. The closing verbs and how
many words (a place, an adverb, a weekday) may stand between the verb and the day are events.toml
[closing_only]. O(events)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from ...word_regex import alternation
from .lexicon import vocabulary

# How far before the day the closing verb may stand.
REACH = 60
# A clock time right after the day (maybe past a comma): the hour the day's occurrence closes at.
CLOCK_AFTER = re.compile(r"[,\s]*(?:plkst\.|pulksten|ap\s+plkst\.|\d{1,2}[:.]\d{2}\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _closing_before_day() -> re.Pattern:
    data = vocabulary()["closing_only"]
    verbs = alternation(data["verbs"])
    between = int(data["words_between"])
    return re.compile(rf"(?<![^\W\d_])(?:{verbs})\s+(?:[^\W\d_]+,?\s+){{0,{between}}}$", re.IGNORECASE)


def drop_closing_only(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    """Drop each one-day event whose date is told only as the close of its occurrence."""
    closing = _closing_before_day()

    def only_closing(event) -> bool:
        mention = first_mention.get(id(event))
        if mention is None or event.end is not None or mention.span is None:
            return False
        day = mention.span.start
        verb = closing.search(doc.text, max(0, day - REACH), day)
        # Only the subject told before the verb closes there: a noun after the day ("noslēgsies
        # 14. jūlijā ar koncertu", "… vakarā, tik vēlu koncertam") may be what the closing day holds.
        if verb is None or event.span is None or event.span.start >= verb.start():
            return False
        # "koncerts noslēgsies 12. jūlijā plkst. 22": a one-day occurrence's closing hour, not its last day
        return CLOCK_AFTER.match(doc.text, mention.span.end) is None

    record.events[:] = [e for e in record.events if not only_closing(e)]
