"""A blog's or a news site's archive page: several posts, each under its own date alone on a line
("pirmdiena, 2024. gada 1. jūlijs" over the post's headline). A bare weekday in a post ("Piektdienā
… notiks", "sestdien … devāmies") speaks of its own post's week, so it is counted from that post's
heading date, by its tense (a future day on or after it, a past one on or before), not from the page's
first date, which is only the newest post's (docs/record.md, Dates, the weekday rules).

Read once per page: each full day's line is looked at within a bounded window before and after it,
so the cost is linear in the number of days.
"""
from __future__ import annotations

import re

# What may stand before the date on its heading line: at most a weekday's name and a comma.
_HEAD_REACH = 24
_BEFORE_DATE = re.compile(r"[^\S\n]*(?:[^\W\d_]+,?[^\S\n]*)?$")
# … and after it: a full stop at most.
_AFTER_DATE = re.compile(r"\.?[^\S\n]*(?:\n|$)")
# A post's heading states its year ("2024. gada 1. jūlijs", "01.07.2024"): a schedule's bare days do not.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", max(0, start - _HEAD_REACH), start) + 1
    if line_start == 0 and start > _HEAD_REACH:
        return False  # a long run before it on its line: running text
    return _BEFORE_DATE.fullmatch(text, line_start, start) is not None and _AFTER_DATE.match(text, end) is not None


def post_heading_days(text: str, days: list[tuple[int, int]], dateline: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The full days (`days`: start, end) that head an archive's posts: each alone on its line with its
    year, a weekday's name before it at most, the page's own dateline (`dateline`, the newest post's)
    one of them and at least one more below it. A list of days each over its occurrence ("5. jūlijs" /
    "Koncerts …") heads no posts: its first day is no dateline. Each post's heading is its posting
    stamp, as the dateline is the page's: it dates no occurrence of the post (events read the post's
    own words: a day, a weekday counted from the heading)."""
    if dateline is None or not _heads(text, *dateline):
        return []
    return [(start, end) for start, end in days if start > dateline[0] and _heads(text, start, end)]


def _heads(text: str, start: int, end: int) -> bool:
    return _YEAR.search(text, start, end) is not None and _alone_on_line(text, start, end)
