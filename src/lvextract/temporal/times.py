"""Clock times in Latvian announcements: "plkst. 10:30", "10.00", "no plkst. 10:30 – 15:30",
"11.30 – 17.00", "no 10.00 līdz 14.00". Times are never dates; the date grammar skips their spans.

`parse_times(text)` → [(start, end, "HH:MM", "HH:MM" or None)], spans include a leading
"plkst."/"no" so that the events extractor can cut the whole phrase.
"""
from __future__ import annotations

import re

from ..spans import Intervals
from .date_patterns import CLOCK_WORD, DASH, HOUR, MINUTE, UNIT_AFTER, UNIT_WORDS, UNTIL, reads_as_days
from .vocabulary import finditer_at, month_alternation, word_start_scan

# "pl." only before a time with its minutes ("pl.11.00", as some ministries write it); a colon
# may follow the abbreviation as a field's ("plkst.:12:00").
_PREFIX = r"(?:(?:no|sākot\s+no|sākot\s+ar)\s+)?(?:plkst\.?:?|pulkstens|pulksten|pl\.(?=\s?\d\d?[.:]\d\d))\s*"
_TO = rf"\s*(?:{DASH}|{UNTIL})\s*(?:plkst\.?\s*)?"
# Digits glued to what precedes them belong to something else (a date, a number, a code).
_START = r"(?<![\w.,:/-])"
_END = r"(?![\d:])(?!\.\d)"
# Midnight as a deadline's end of day ("līdz plkst. 24:00"): 24 only with its ":00".
_HOUR = rf"(?:{HOUR}|24(?=[:.]00))"
# A bare hour is no day: "plkst. 8.30 līdz 7. maijam" ends at 8.30, the 7th is a date's day.
_NOT_DAY = rf"(?!\.?[^\S\n]?(?i:{month_alternation()})(?!\w))"

# With "plkst." any separator and even a bare hour count ("plkst. 10"); minutes glued to the
# hour are a page's flattened superscript ("plkst. 9⁰⁰" → "plkst. 900", "1030"), so only the
# quarter hours are read that way.
_GLUED_MIN = r"(?:00|15|30|45)"
_WITH_PREFIX = re.compile(
    rf"{_START}{_PREFIX}(?P<h1>{_HOUR})(?:[:.](?P<m1>{MINUTE})|(?P<g1>{_GLUED_MIN}))?{_END}{_NOT_DAY}"
    rf"(?:{_TO}(?P<h2>{_HOUR})(?:[:.](?P<m2>{MINUTE})|(?P<g2>{_GLUED_MIN}))?{_END}{_NOT_DAY})?",
    re.IGNORECASE,
)
# Without it a colon marks a time anywhere ("10:30", "10:30-15:30").
_COLON = re.compile(
    rf"{_START}(?:(?:no)\s+)?(?P<h1>{_HOUR}):(?P<m1>{MINUTE}){_END}"
    rf"(?:{_TO}(?P<h2>{_HOUR})[:.](?P<m2>{MINUTE}){_END})?",
    re.IGNORECASE,
)
# Dotted times need a partner: "11.30 – 17.00", "no 10.00 līdz 14.00". A dot after the first
# ("21.11. – 22.11.") makes it a date range instead.
_DOTTED_RANGE = re.compile(
    rf"{_START}(?:(?:no)\s+)?(?P<h1>{_HOUR})\.(?P<m1>{MINUTE})(?![\d.])"
    rf"{_TO}(?P<h2>{_HOUR})[.:](?P<m2>{MINUTE})(?!\d)(?!\.\s?\d)",
    re.IGNORECASE,
)
# A poster line's bare dotted time right after a day in the locative, "5.jūnijā 18.00 estrādē",
# "1. aprīlī, 19.00 kultūras centrā": the locative ending stands just before it. Not an amount
# ("martā 12.50 eiro") nor a date ("martā 12.03.").
_AFTER_DAY = re.compile(
    rf"{_START}(?:(?<=[āīĀĪ] )|(?<=[āīĀĪ], ))(?P<h1>{_HOUR})\.(?P<m1>{MINUTE})(?![\d.:,/])(?![^\S\n]*(?:{UNIT_WORDS}))"
    rf"(?:{_TO}(?P<h2>{_HOUR})[.:](?P<m2>{MINUTE})(?!\d)(?!\.\s?\d))?",
    re.IGNORECASE,
)

# Where one of the three can match, in one scan: each starts with _START and a word character,
# and that is one of the words they may open with or a digit of "H:MM" / "H.MM" (the only way
# the two without "plkst." go on). Letters elsewhere then fail one grouped test instead of three
# look-aheads: the same starts where a time can be, so the same matches. O(n) for n characters.
_FIRST_WORDS = ["no", "sākot", "plkst", "pulkstens", "pulksten", "pl"]
_STARTS = word_start_scan([_WITH_PREFIX, _DOTTED_RANGE, _COLON, _AFTER_DAY], _FIRST_WORDS, rf"{_START}(?=\d\d?[:.]{MINUTE})")


# A clock cue before a dotted range on its line keeps it a time: "Darba laiks: 08.02 – 09.02" is
# unlikely, but the cue decides.
_CLOCK_CUE = re.compile(rf"(?<!\w)(?:{CLOCK_WORD}|laik[sāu]|stund)", re.IGNORECASE)


def _days_not_times(text: str, m: re.Match) -> bool:
    """"28.04 - 31.12", "no 02.05 līdz 15.05": two-figure days and months read as a range of days
    (date_patterns.reads_as_days), unless a clock cue stands before them on the line."""
    if len(m["h1"]) != 2 or len(m["h2"]) != 2 or text[m.end("m2"):m.end("m2") + 1] == ".":
        return False
    if not reads_as_days(int(m["h1"]), int(m["m1"]), int(m["h2"]), int(m["m2"])):
        return False
    if UNIT_AFTER.match(text, m.end(), m.end() + 20):
        return False  # "no 10.05 līdz 12.08 eiro": amounts; kept as a time range, they stay masked from the dates
    line_start = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1
    return not _CLOCK_CUE.search(text, max(line_start, m.start() - 60), m.start())


# An hour as a rule outside this module reads it, midnight written 24 too ("12–24", "līdz 24.00");
# clock() makes the record's value of it.
CLOCK_HOUR = r"(?:[01]?\d|2[0-4])"


def clock(hour: str, minute: str | None) -> str:
    """The record's "HH:MM" of an hour and its minutes as written (no minutes: "00")."""
    if int(hour) == 24:
        return "23:59"  # the record's clock ends at 23:59: "līdz plkst. 24:00" is the day's end
    return f"{int(hour):02d}:{minute or '00'}"


def clock_of(hour: str, minute: str) -> str | None:
    """clock() of digits read as an hour and its minutes, None when they are no time of day
    ("25.30", "18.75", "24.30": midnight only as 24.00)."""
    if int(minute) > 59 or int(hour) > 24 or (int(hour) == 24 and int(minute) != 0):
        return None
    return clock(hour, minute)


def parse_times(text: str) -> list[tuple[int, int, str, str | None]]:
    """Every clock time or time range in `text`, left to right, non-overlapping.

    One scan finds where a time can start; each of the three patterns is then tried only
    there. Earlier patterns win an overlap; the spans taken so far are kept as merged sorted
    intervals (spans.Intervals), so each overlap test is a bisection: O(n + m log m) for a
    text of n characters with m matches, not the O(m²) of rescanning every span taken.
    """
    found: list[tuple[int, int, str, str | None]] = []
    taken = Intervals()
    starts = [m.start() for m in _STARTS.finditer(text)]
    for pattern in (_WITH_PREFIX, _DOTTED_RANGE, _COLON, _AFTER_DAY):
        for m in finditer_at(pattern, text, starts):
            if taken.overlaps(m.start(), m.end()):
                continue
            if m.start("h1") > 0 and text[m.start("h1") - 1].isdigit():
                continue
            groups = m.groupdict()
            if pattern is _DOTTED_RANGE and _days_not_times(text, m):
                continue
            end_time = clock(groups["h2"], groups["m2"] or groups.get("g2")) if groups["h2"] else None
            found.append((m.start(), m.end(), clock(groups["h1"], groups["m1"] or groups.get("g1")), end_time))
            taken.add(m.start(), m.end())
    return sorted(found)


def clock_times(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str | None]]:
    """parse_times over the window text[start:end], with offsets into `text`: for rules that
    look a few characters around a date ("līdz 5. maijam plkst. 17:00"). A rule that asks per
    date across a document parses the whole text once and bisects instead."""
    end = len(text) if end is None else end
    return [(s + start, e + start, a, b) for s, e, a, b in parse_times(text[start:end])]
