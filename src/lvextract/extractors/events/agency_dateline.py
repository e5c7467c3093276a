"""A news agency's dateline ("RĪGA, 5. maijs, LETA. …", "Valmiera, 12. martā, BNS – …") is the day
the report was filed, not the day of what it tells: the town, the date and the agency's name open
the text's line. O(1) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    agencies = literals(vocabulary()["agency_dateline"]["agencies"])
    # The town (one to three words, no digits) and a comma, from the line's start to the date.
    before = re.compile(r"(?:^|\n)[ \t]*[^\W\d_][^\W\d_.-]*(?:[ \t-]+[^\W\d_]+){0,2}[ \t]*,[ \t]*$")
    after = re.compile(rf"[ \t]*[,/][ \t]*(?:{agencies})(?!\w)")
    return before, after


def agency_dateline(doc: Document, mention: DateMention) -> bool:
    before, after = _patterns()
    start, end = mention.span.start, mention.span.end
    return after.match(doc.text, end, min(len(doc.text), end + 30)) is not None \
        and before.search(doc.text[max(0, start - 50):start]) is not None
