"""A bare weekday the text gives no date to count from, told after the one calendar day it writes
beside another weekday ("Sestdien, 18. februārī, … spēle. … svētdien pulksten 14 …"): the two
weekdays are of one week (Monday to Sunday), so the bare one is that day moved by their distance.
A text that writes several weekdays beside days (a digest of weeks) tells no single week: nothing.
Pure: undated.py hands in the day it found beside a weekday (one_anchor, once per document). O(1) per weekday."""
from __future__ import annotations

import datetime as dt

from ...temporal.relative_builders import WEEKDAYS as WEEK
from ...temporal.unknown_year import year_unknown

# Two years whose Februaries differ: a day moved across a month's end with its year unknown
# ("XXXX-02-28" + 1) is kept only when both give the same month and day.
_PROXY_YEARS = (2001, 2004)


def _moved(value: str, days: int) -> str | None:
    year, _, month_day = value.partition("-")
    proxies = (int(year),) if year.isdigit() else _PROXY_YEARS
    try:
        moved = {dt.date.fromisoformat(f"{y}-{month_day}") + dt.timedelta(days=days) for y in proxies}
    except ValueError:
        return None
    if len({d.strftime("%m-%d") for d in moved}) != 1 or any(d.year not in proxies for d in moved):
        return None  # a leap day the unknown year would decide, or across a year's end
    day = moved.pop()
    return day.isoformat() if year.isdigit() else f"{year}-{day.strftime('%m-%d')}"


def one_anchor(anchors: list[tuple[int, str, str]]) -> tuple[int, str, str] | None:
    """The first of the days written beside weekdays when they are all one day, else None (a digest
    of weeks tells no single week). Asked once per document."""
    return anchors[0] if anchors and len({value for _, _, value in anchors}) == 1 else None


def same_week_day(anchor: tuple[int, str, str] | None, code: str, at: int) -> str | None:
    """The day of weekday `code` told at offset `at`, in the week of the one calendar day the text
    wrote before it beside a weekday (`anchor`: its offset, that weekday's code, the day's value)."""
    if anchor is None or code not in WEEK:
        return None
    start, anchor_code, value = anchor
    if start >= at or anchor_code == code or len(value) != 10:
        return None
    if not year_unknown(value):
        try:
            if dt.date.fromisoformat(value).weekday() != WEEK.index(anchor_code):
                return None  # the weekday does not fit its day: which one the text means is unsure
        except ValueError:
            return None
    return _moved(value, WEEK.index(code) - WEEK.index(anchor_code))
