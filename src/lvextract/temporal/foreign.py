"""English and Russian dates inside Latvian texts, read by dateparser.

Bilingual pages repeat a date in English ("The seminar will take place on 15 April 2023") or
Russian ("15 апреля 2023 года"). dateparser reads those languages well (and Latvian
inflection badly), so it is given only spans that a month word of English or Russian opens or
closes, that the Latvian grammar did not take. Finding the candidates is one regex scan;
dateparser is imported only when a candidate exists, so Latvian-only texts pay nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..spans import Intervals
from .date_patterns import last_day
from .unknown_year import UNKNOWN_YEAR

# Only an abbreviation takes the dot after it ("3 Apr. 2021"); after "May" it ends the sentence.
_EN_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_EN_MONTHS = ("(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              rf"{_EN_ABBREVIATIONS})")
_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_ORDINAL = r"(?:st|nd|rd|th)?"

CANDIDATES = [
    ("en", re.compile(rf"(?=\d)(?<!\w)(?P<day>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<month>{_EN_MONTHS})(?:,?\s+(?P<year>\d{{4}}))?(?!\w)")),
    # The day may keep its Latvian dot before an English abbreviation, as an event widget prints it,
    # the clock time, the year or the line's end after it: "27. Aug 11:00" is 27 August. Not a
    # numbered point before a word ("3. May Day tradīcijas").
    ("en", re.compile(rf"(?=\d)(?<!\w)(?P<day>\d{{1,2}})\.[^\S\n]+(?P<month>{_EN_ABBREVIATIONS})"
                      rf"(?:,?[^\S\n]+(?P<year>\d{{4}}))?(?=[^\S\n]*(?:$|\d{{1,2}}[:.]\d{{2}}))", re.MULTILINE)),
    # Not a clock time after the month ("Aug 11:00"): no day.
    ("en", re.compile(rf"(?=[JFMASOND])(?<!\w)(?P<month>{_EN_MONTHS})\s+(?P<day>\d{{1,2}}){_ORDINAL}(?![:.]\d)(?:,?\s+(?P<year>\d{{4}}))?(?!\w)")),
    # (A hyphenated "29-Apr-2015" is date_rules' day_short_month_year.)
    ("ru", re.compile(rf"(?=\d)(?<!\w)(?P<day>\d{{1,2}})\s+(?P<month>{_RU_MONTHS})(?:\s+(?P<year>\d{{4}})(?:\s*(?:года|г\.))?)?(?!\w)",
                      re.IGNORECASE)),
]


# Between two dates, these make them one range: "from 1 November 2021 to 31 October 2023".
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|[–—-]|по|до)\s*", re.IGNORECASE)


# Days written before a candidate's day share its month: a list "15, 16 и 17 ноября", "3 and 4
# May", or a range "с 14 по 18 ноября", "15–17 April". Read from a bounded window before it.
_WINDOW = 60
_LIST_BEFORE = {
    "en": re.compile(rf"(?<!\w)(?P<days>\d{{1,2}}{_ORDINAL}(?:\s*,\s*\d{{1,2}}{_ORDINAL})*)\s*(?:,|and|&)\s*$"),
    "ru": re.compile(r"(?<!\w)(?P<days>\d{1,2}(?:\s*,\s*\d{1,2})*)\s*(?:,|и)\s*$"),
}
_RANGE_BEFORE = {
    "en": re.compile(rf"(?<!\w)(?:(?i:from)\s+(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?i:to|until|till)|(?P<d2>\d{{1,2}}){_ORDINAL}\s*[–—-])\s*$"),
    "ru": re.compile(r"(?<!\w)(?:(?i:с|со)\s+(?P<d1>\d{1,2})\s+(?i:по|до)|(?P<d2>\d{1,2})\s*[–—-])\s*$"),
}


@dataclass(frozen=True)
class Foreign:
    start: int
    end: int
    language: str
    year: int | None
    month: int
    day: int
    until: "Foreign | None" = None  # the last day of a range

    @property
    def value(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}" if self.year else f"{UNKNOWN_YEAR}-{self.month:02d}-{self.day:02d}"

    @property
    def end_value(self) -> str | None:
        return self.until.value if self.until else None


# Cheap substring tests first (C speed): most Latvian texts hold no English or Russian month,
# and then no regex scans them at all.
_EN_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RU_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _languages(text: str) -> set[str]:
    found = set()
    if any(stem in text for stem in _EN_STEMS):
        found.add("en")
    if _CYRILLIC.search(text) and any(stem in text.lower() for stem in _RU_STEMS):
        found.add("ru")
    return found


def find_foreign(text: str, taken: Iterable[tuple[int, int]] = ()) -> list[Foreign]:
    """English and Russian day-month(-year) dates outside the `taken` spans, in text order."""
    languages = _languages(text)
    if not languages:
        return []
    covered = Intervals(taken)
    spans = []
    for language, pattern in CANDIDATES:
        if language not in languages:
            continue
        for m in pattern.finditer(text):
            if not covered.overlaps(m.start(), m.end()):
                covered.add(m.start(), m.end())
                spans.append((m.start(), m.end(), language, m["year"]))
    if not spans:
        return []
    found: list[Foreign] = []
    for start, end, language, year in sorted(spans):
        parsed = _parse(text[start:end], language)
        if parsed is None:
            continue
        item = Foreign(start, end, language, parsed.year if year else None, parsed.month, parsed.day)
        before = found[-1] if found else None
        if before is not None and before.until is None and _RANGE_JOIN.fullmatch(text[before.end:start]):
            # "1 November to 31 October 2023": the first day takes the last one's year.
            first_year = before.year or item.year
            found[-1] = Foreign(before.start, end, language, first_year, before.month, before.day, item)
        else:
            days = _days_before(text, item, covered, before.end if before else 0)
            if len(days) == 1 and language == "en" and text[start].isalpha() and year is None:
                days = _days_after(text, item, covered)
            found.extend(days)
    return found


# Days written after a month-first English date share its month: a range "September 20–21",
# "May 3 to 5", or a list "September 20 and 21", "May 3, 4 and 5". No digit, dot or colon may
# follow the last day ("May 3 and 10.00" is a clock time), nor a month (another date), nor a
# noun ("May 3 and 20 participants").
_ENGLISH_DAYS_AFTER = re.compile(
    rf"(?:\s*(?P<join>[–—-]|to|until|through)\s*(?P<last>\d{{1,2}}){_ORDINAL}"
    rf"|(?P<list>(?:\s*,\s*\d{{1,2}}{_ORDINAL})*)\s*(?:,|and|&)\s*(?P<tail>\d{{1,2}}){_ORDINAL})"
    rf"(?!\d)(?![.:,]\d)(?!\s*(?:of\s+)?{_EN_MONTHS})(?!\w)(?:,?[^\S\n]*(?P<year>(?:19|20)\d\d)(?!\d))?"
    # and the date ends there: a stop, a bracket, the line's end, or a place or time after it
    rf"(?=[^\S\n]*(?:[.,;:!?)\]]|\n|$|(?:in|at|from|on|near)\s))")


def _days_after(text: str, item: Foreign, covered: Intervals) -> list[Foreign]:
    """`item`, with the days of a range or list written right after it ("September 20 and 21")."""
    m = _ENGLISH_DAYS_AFTER.match(text, item.end, item.end + _WINDOW)
    if m is None or covered.overlaps(item.end, m.end()):
        return [item]
    if m.group("year"):  # "July 7–9, 2022": the year closes the range or list and dates every day
        item = Foreign(item.start, item.end, item.language, int(m.group("year")), item.month, item.day)
    if m.group("last"):
        last = int(m.group("last"))
        if not item.day < last <= last_day(item.month, item.year):
            return [item]
        until = Foreign(m.start("last"), m.end(), item.language, item.year, item.month, last)
        covered.add(item.end, m.end())
        return [Foreign(item.start, m.end(), item.language, item.year, item.month, item.day, until)]
    days = [(m.start("list") + d.start(), m.start("list") + d.end(), int(d.group()))
            for d in re.finditer(r"\d+", m.group("list"))] + [(m.start("tail"), m.end("tail"), int(m.group("tail")))]
    previous = item.day
    for _, _, day in days:
        if not previous < day <= last_day(item.month, item.year):
            return [item]
        previous = day
    covered.add(item.end, m.end())
    return [item] + [Foreign(a, b, item.language, item.year, item.month, d) for a, b, d in days]


def _days_before(text: str, item: Foreign, covered: Intervals, floor: int) -> list[Foreign]:
    """`item`, with the days of a list or range written right before it ("15, 16 и 17 ноября")."""
    window_start = max(floor, item.start - _WINDOW)
    window = text[window_start:item.start]
    m = _RANGE_BEFORE[item.language].search(window)
    if m:
        group = "d1" if m.group("d1") else "d2"
        first = int(m.group(group))
        start = window_start + m.start(group)
        if first < item.day and not covered.overlaps(start, item.start):
            return [Foreign(start, item.end, item.language, item.year, item.month, first, item)]
    m = _LIST_BEFORE[item.language].search(window)
    if m and not covered.overlaps(window_start + m.start(), item.start):
        days = [(window_start + d.start(), window_start + d.end(), int(d.group()))
                for d in re.finditer(r"\d+", m.group("days"))]
        days = [(a + m.start("days"), b + m.start("days"), d) for a, b, d in days]
        if all(1 <= d < item.day for _, _, d in days):
            return [Foreign(a, b, item.language, item.year, item.month, d) for a, b, d in days] + [item]
    return [item]


def _parse(span: str, language: str):
    import dateparser

    # A fixed base in a leap year, so that "29 February" without a year still parses and no
    # year leaks in from the day the tool runs (a missing year is left unknown by the caller).
    import datetime as dt

    return dateparser.parse(span, languages=[language],
                            settings={"RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first",
                                      "PARSERS": ["absolute-time"],
                                      "REQUIRE_PARTS": ["day", "month"]})
