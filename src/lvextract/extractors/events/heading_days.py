"""Days listed at the head of a programme whose items open with those days again ("Mūzikas dienas
5., 6. un 7. jūlijā: 5. jūlijā koncerts …, 6. jūlijā izrāde …"): each item's own day names its
occurrence, so a listed day before the colon takes no noun past it — else every listed day would take
the first item's noun and the days would join into one range that swallows the items. A noun before
the colon ("Festivāls 5., 6. un 7. jūlijā: …") is the heading's own and stays. Each mention looks at a
bounded stretch of text and a bounded number of dates: O(1) per mention."""
from __future__ import annotations

import bisect
import datetime as dt

from ...document import Document
from ...record import DateMention
from ...temporal.unknown_year import year_unknown

# How far past the heading's day its colon may stand ("5., 6. un 7. jūlijā Ozolu parkā:").
COLON_REACH = 200
# How far past the colon the first item's day may open ("…: \nProgramma\n5. jūlijā …").
ITEM_REACH = 120
# At most this many days of the heading are read (a longer list is a calendar, not a heading).
MOST_HEADING_DAYS = 12


def heading_colon(doc: Document, mention: DateMention, noun_start: int, bounds: tuple[int, int],
                  ordered: list[int], mentions: dict[int, DateMention]) -> int | None:
    """The offset of the heading's colon when `mention` is a day of such a heading and the noun at
    `noun_start` lies past that colon; else None."""
    text = doc.text
    if noun_start <= mention.span.end or mention.value is None:
        return None
    colon = text.find(":", mention.span.end, min(noun_start, mention.span.end + COLON_REACH, bounds[1]))
    if colon < 0 or text[mention.span.end:colon].count("\n") > 1:
        return None
    # The heading's days: the dates of the clause before the colon.
    lo, hi = bisect.bisect_left(ordered, bounds[0]), bisect.bisect_left(ordered, colon)
    if hi - lo > MOST_HEADING_DAYS:
        return None
    days: set[str] = set()
    for start in ordered[lo:hi]:
        days |= _days(mentions[start])
    if len(days) < 2:  # one day told before its item is that item's day, no heading of several
        return None
    k = bisect.bisect_right(ordered, colon)
    if k >= len(ordered) or ordered[k] > colon + ITEM_REACH:
        return None
    first_item = mentions[ordered[k]]
    return colon if first_item.value in days and first_item.end is None else None


def _days(mention: DateMention) -> set[str]:
    """The day values a mention covers: one, or every day of a short range."""
    if mention.value is None or len(mention.value) != 10:
        return set()
    if mention.end is None or len(mention.end) != 10:
        return {mention.value}
    year = "2000" if year_unknown(mention.value) else mention.value[:4]
    try:
        first = dt.date.fromisoformat(year + mention.value[4:])
        last = dt.date.fromisoformat(year + mention.end[4:])
    except ValueError:
        return {mention.value}
    if not 0 <= (last - first).days <= MOST_HEADING_DAYS:
        return {mention.value}
    prefix = mention.value[:4]
    return {prefix + (first + dt.timedelta(days=n)).isoformat()[4:] for n in range((last - first).days + 1)}
