"""calendar_anchor: a day first told by a relative word ("Šodien sākušās sacensības …") and told
again by its calendar day ("Sacensības notiek 14. un 15. maijā"): the calendar day is the
occurrence's mention from then on, so the days listed beside it join it (merging.join_days)
instead of standing as an occurrence of their own. O(1) per retold day."""
from __future__ import annotations

from ...record import DateMention


def told_by_calendar(first: DateMention, again: DateMention) -> bool:
    """True when `first` is a relative day word and `again` the same day written as a calendar day."""
    return (first.relative is not None and again.relative is None and first.end is None
            and again.end is None and first.value == again.value)
