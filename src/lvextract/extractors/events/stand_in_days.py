"""Stand-in days for relative days nothing anchors ("Sestdien notika koncerts, pēc kura sekoja balle"
in a text with no document or reference date). RECORD keeps such occurrences with a null start, but
the passes after the walk find a day's further occurrences (the next clause's, the next sentence's, a
list's, a timed programme's …) by looking the day up by its value: a null value is no day to them, so
they kept only the walk's first occurrence. For the walk and those passes each such day gets a
stand-in value shaped like a day, one per relative word ("sestdien" told twice is one Saturday, as a
document date would make it; "šo sestdien" is "sestdien"), in a year no text dates (0001) and three
days apart, so no stand-in is next to another (merging.join_days joins only consecutive days) or to a
real day. `restore` gives the null back to the mentions and the events before the passes that read
undated occurrences as such (undated.drop_undated_twins and after). O(candidates + events)."""
from __future__ import annotations

import datetime as dt
import re

from ...record import DateMention, Record

STAND_IN_YEAR = "0001-"
# How far apart two stand-ins lie: more than one day, so none is the next day of another.
_SPACING = 3
# A relative day or weekend, not a week ("šonedēļ": its days may be any of seven), month or year.
_RELATIVE_DAY = re.compile(r"^(?:[+-]P\d+D|(?:(?:this|next|last)-)?(?:MO|TU|WE|TH|FR|SA|SU|WEEKEND))$")


def is_stand_in(value: str | None) -> bool:
    return bool(value) and value.startswith(STAND_IN_YEAR)


def stand_in_days(candidates: list[DateMention], beside: frozenset[str]) -> list[DateMention]:
    """Give each relative day with no value a stand-in day, the same for the same relative word; the
    mentions changed, for `restore`. Not a weekday the text writes beside a calendar day too
    ("Piektdien, 24. aprīlī, …" / "Piektdien … plkst. 16 koncerts"): that day, which
    undated.drop_undated_twins gives it; until then it parts no programme from its calendar day."""
    days: dict[str, str] = {}
    changed = []
    for mention in candidates:
        if mention.value is not None or mention.end is not None or not _RELATIVE_DAY.match(mention.relative or ""):
            continue
        word = mention.relative.removeprefix("this-")  # "šo sestdien" is "sestdien"
        if word in beside:
            continue
        if word not in days:
            days[word] = (dt.date(1, 1, 1) + dt.timedelta(days=_SPACING * len(days))).isoformat()
        mention.value = days[word]
        changed.append(mention)
    return changed


def restore(record: Record, changed: list[DateMention]) -> None:
    """The null back: on the mentions given a stand-in and on every event that took one."""
    for mention in changed:
        mention.value = None
    for event in record.events:
        if is_stand_in(event.start):
            event.start = None
        if is_stand_in(event.end):
            event.end = None
