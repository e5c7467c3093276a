"""How a relative date becomes a TIMEX3-style value: one builder per grain (a day, an ISO week,
a month, a year, a weekday), each a function of the anchor date. Split from relative.py by
concern: the rules there read the text, these only count on the calendar."""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def day(offset: int) -> Callable[[dt.date], str]:
    return lambda anchor: (anchor + dt.timedelta(days=offset)).isoformat()


def week(offset: int) -> Callable[[dt.date], str]:
    def build(anchor: dt.date) -> str:
        year, week, _ = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year}-W{week:02d}"
    return build


def month(offset: int) -> Callable[[dt.date], str]:
    def build(anchor: dt.date) -> str:
        index = anchor.year * 12 + anchor.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return build


def month_day(offset: int, day_of_month: int) -> Callable[[dt.date], str]:
    """A day of the anchor's month moved by `offset` months ("nākamā mēneša 5. datumā"); a day
    that month has not ("šī mēneša 31. datumā" in April) keeps the month only."""
    def build(anchor: dt.date) -> str:
        index = anchor.year * 12 + anchor.month - 1 + offset
        year, month = divmod(index, 12)
        if 1 <= day_of_month <= calendar.monthrange(year, month + 1)[1]:
            return dt.date(year, month + 1, day_of_month).isoformat()
        return f"{year:04d}-{month + 1:02d}"
    return build


def year(offset: int) -> Callable[[dt.date], str]:
    return lambda anchor: f"{anchor.year + offset:04d}"


def add_months(anchor: dt.date, months: int) -> dt.date:
    index = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(index, 12)
    return anchor.replace(year=year, month=month + 1, day=min(anchor.day, calendar.monthrange(year, month + 1)[1]))


def weekday(code: str, which: str) -> Callable[[dt.date], str]:
    """next: the first such day after the anchor; last: the latest before it; this: the one of
    the anchor's week (Monday to Sunday); on: the first on or after it (a bare weekday)."""
    target = WEEKDAYS.index(code)

    def build(anchor: dt.date) -> str:
        ahead = (target - anchor.weekday()) % 7
        if which == "next":
            day = anchor + dt.timedelta(days=ahead or 7)
        elif which == "last":
            day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7 or 7)
        elif which == "this":
            day = anchor + dt.timedelta(days=target - anchor.weekday())
        elif which == "past":
            day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)
        else:
            day = anchor + dt.timedelta(days=ahead)
        return day.isoformat()
    return build


UNIT_BUILDERS = {"D": day, "W": week, "M": month, "Y": year}
SIGN = {"this": 0, "next": 1, "last": -1}


def span(unit: str, amount: int) -> Callable[[dt.date], str]:
    """"pēc N dienām": a day; weeks count in days; months and years keep their own grain."""
    if unit == "D":
        return day(amount)
    if unit == "W":
        return day(7 * amount)
    if unit == "M":
        return lambda anchor: add_months(anchor, amount).isoformat()[:7]
    return year(amount)


def duration(unit: str, amount: int) -> str:
    return f"{'-' if amount < 0 else '+'}P{abs(amount)}{unit}"


def on_or_after(start: Callable[[dt.date], str], code: str) -> Callable[[dt.date], str]:
    """The end of a range of weekdays, counted from its start: "no pirmdienas līdz piektdienai"
    ends on the Friday after that Monday, not on the Friday nearest the anchor."""
    target = WEEKDAYS.index(code)

    def build(anchor: dt.date) -> str:
        first = dt.date.fromisoformat(start(anchor))
        return (first + dt.timedelta(days=(target - first.weekday()) % 7)).isoformat()
    return build
