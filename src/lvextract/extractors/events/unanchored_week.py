"""A week told with nothing to count from: "Šajā nedēļā skolā notika apmācības" in a text with no
document or reference date. The grammar gives the week a null value; RECORD keeps the occurrence it
dates with a null start, as weekend.py does for "nedēļas nogalē" (relative "WEEK", a null-start day
for the events only). Not a week before the weekend word ("šīs nedēļas nogalē": weekend.py's).
O(dates) per document."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from ...word_regex import alternation
from .lexicon import vocabulary

WEEK = re.compile(r"^[+-]P[01]W$")  # this, next or last week; "pēc trim nedēļām" is no week told
# The week as the time of the clause ("šajā nedēļā", "šonedēļ"); a genitive is an attribute ("šīs
# nedēļas pasākumiem").
LOCATIVE = re.compile(r"nedēļā$|nedēļ$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekend_word() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(vocabulary()['week_weekend']['words'])})(?!\w)", re.IGNORECASE)


def unanchored_weeks(doc: Document, record: Record) -> list[DateMention]:
    """A null-start mention for each week with no value (nothing to count from), spanning its words."""
    found = []
    for mention in record.dates:
        if mention.value is not None or mention.end is not None or not WEEK.match(mention.relative or ""):
            continue
        if _weekend_word().match(doc.text, mention.span.end) or not LOCATIVE.search(mention.span.text):
            continue
        found.append(DateMention(value=None, end=None, anchored=False, relative="WEEK", role=mention.role,
                                 span=mention.span))
    return found
