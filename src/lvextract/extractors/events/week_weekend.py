"""A week the date grammar counted from the document's date, told as its weekend: "Pagājušās nedēļas
nogalē notika gadatirgus" in a text of Monday 4 March 2013 is the week 2013-W09 for the grammar, and
the fair's day is that week's Saturday. The grammar gives the week only (a week is no day an
occurrence can start on), so a day mention of the weekend's first day is made here for the events
alone, spanning the week's words and the weekend word (events.toml [week_weekend]). O(dates)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from ...word_regex import alternation
from .lexicon import vocabulary

WEEK = re.compile(r"(\d{4})-W(\d{2})$")
SATURDAY = 6


@lru_cache(maxsize=1)
def _weekend_word() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(vocabulary()['week_weekend']['words'])})(?!\w)", re.IGNORECASE)


# Only punctuation and spaces between the weekend word and a day that names it ("Aizvadītās nedēļas
# nogalē, 5. jūlijā, …"): the text's own day dates the occurrence, not the counted Saturday.
APPOSITION = re.compile(r"[\s,(–-]*")


def week_weekends(doc: Document, record: Record) -> list[DateMention]:
    """A Saturday mention for each relative week right before the weekend word, unless a day follows."""
    found = []
    starts = {d.span.start for d in record.dates}
    for mention in record.dates:
        week = WEEK.match(mention.value or "")
        if week is None or mention.relative is None:
            continue
        tail = _weekend_word().match(doc.text, mention.span.end)
        if tail is None or APPOSITION.match(doc.text, tail.end()).end() in starts:
            continue
        try:
            saturday = date.fromisocalendar(int(week[1]), int(week[2]), SATURDAY)
        except ValueError:
            continue
        found.append(DateMention(value=saturday.isoformat(), end=None, anchored=mention.anchored,
                                 relative=mention.relative, span=doc.span(mention.span.start, tail.end())))
    return found
