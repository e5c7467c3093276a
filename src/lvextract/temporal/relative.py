"""Relative dates: "rīt", "nākamajā pirmdienā", "pēc divām nedēļām", "nākamgad" …

Each rule is named and turns a match into a `Relative`: its span, the expression normalised
(`+P1D`, `next-MO`, `+P2W`, `-P1Y`) and a builder that computes the TIMEX3-style value, at the
grain the text says (a day, an ISO week, a month, a year), from an anchor date (the document
date, else a reference date). With no anchor the value is None. The vocabulary is data
(latvian/data/calendar.toml, the tables after the months); the example table is tests/examples/relative.toml.

The rules read the text here; the words and their lookups are relative_words.py's, the values
relative_builders.py's, and a weekday written beside a calendar date ("ceturtdien, 22. martā",
`weekday_warnings`, `weekday_beside`, re-exported here) relative_beside.py's.

Cost: one regex scan of the text per rule family, then constant work per match: linear.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..spans import select_longest
from . import relative_builders as builders
from .date_patterns import CLOCK_WORD, DASH, HOUR, MINUTE, UNTIL
from .relative_beside import before_a_date, named_after_a_date, weekday_beside, weekday_warnings  # noqa: F401  (re-exported)
from .relative_beside import paired_before_a_date
from .sentence_window import sentence_around
from .today_nowadays import nowadays
from .hours_card import card_items
from .publication_fields import published_label_before
from .relative_words import custom_told, lookups, no_single_unit, told_once, weekday_alternation
from .vocabulary import alternation, calendar_words, finditer_at, word_start_scan

# The relatives a month- or year-grain anchor can resolve: whole months and years.
_COARSE_GRAIN = re.compile(r"[+-]P\d+([YM])")
# The shared "until" word ("līdz", "lidz" as a page without diacritics types it): it ends a
# range of weekdays as it ends a range of days.
_UNTIL_WORD = re.compile(UNTIL, re.IGNORECASE)
# A range of weekdays needs a dash or an until word: texts without either skip that scan.
_RANGE_MARK = re.compile(rf"{DASH}|{UNTIL}", re.IGNORECASE)


@dataclass(frozen=True)
class Relative:
    start: int
    end: int
    relative: str                                # the expression normalised: +P1D, next-MO, -P1Y …
    rule: str
    build: Callable[[dt.date], str]              # anchor → TIMEX3 value

    def value(self, anchor: dt.date | str | None) -> str | None:
        """A day anchors every relative; a document date of month or year grain ("2025-03")
        only those no finer than itself: "šogad" → 2025, "rīt" → None."""
        if anchor is None or isinstance(anchor, dt.date):
            return self.build(anchor) if anchor is not None else None
        grain = _COARSE_GRAIN.fullmatch(self.relative)
        year, _, month = str(anchor).partition("-")
        if grain is None or not year.isdigit() or (grain[1] == "M" and not month.isdigit()):
            return None
        return self.build(dt.date(int(year), int(month) if month.isdigit() else 1, 1))


def _bounded(body: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


# ------------------------------------------------------------------ patterns

@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v, look = calendar_words(), lookups()
    modifiers, units = look["modifier"], look["unit"]
    spans, span_units = v["spans"], look["span_unit"]
    year_parts = v["year_parts"]
    return {
        "modified_weekday": _bounded(rf"(?P<mod>{alternation(modifiers)})\s+(?P<day>{weekday_alternation()})"),
        "weekday": _bounded(rf"(?:(?P<prep>{UNTIL}|no|sākot\s+ar)\s+)?(?P<day>{weekday_alternation()})"),
        "modified_unit": _bounded(rf"(?P<mod>{alternation(modifiers)})\s+(?P<unit>{alternation(units)})"),
        "month_day": _bounded(rf"(?P<mod>{alternation(modifiers)})\s+(?:{alternation(v['month_day']['months'])})"
                              rf"\s+(?P<day>[1-9]|[12]\d|3[01])\.\s*(?:{alternation(v['month_day']['nouns'])})"),
        "unit_adverb": _bounded(rf"(?P<word>{alternation(v['unit_adverbs'])})"),
        "day_word": _bounded(rf"(?P<word>{alternation(v['days'])})"),
        "day_noun": _bounded(rf"(?P<prep>{alternation(v['day_nouns']['prepositions'])})\s+(?P<word>{alternation(v['day_nouns']['forms'])})"),
        "span": _bounded(rf"(?P<dir>{alternation(spans['after'] + spans['before'])})\s+"
                         rf"(?:(?P<n>\d{{1,3}})|(?P<word>{alternation(v['numbers'])}))?\s*(?P<unit>{alternation(span_units)})"),
        "year_part": _bounded(rf"(?P<which>{alternation(sum((year_parts[k] for k in ('this', 'next', 'last')), []))})"
                              rf"\s+(?P<part>{alternation(year_parts['parts'])})"),
    }


@lru_cache(maxsize=1)
def _starts() -> re.Pattern:
    return word_start_scan(list(_patterns().values()))


_WORD = re.compile(r"\w+")
# "Šodien ir …" / "Šodien, 6. martā": a portal's or a letter's statement of the day, whose
# calendar date (if any) the absolute grammar reads.
_TODAY_IS = re.compile(r"\s+ir\b|,\s*\d", re.IGNORECASE)


def sentence_is_past(text: str, start: int, end: int) -> bool:
    """A past-tense verb in the sentence, looked for at most 200 characters either side (so
    that a text without sentence breaks stays linear)."""
    left, right = sentence_around(text, start, end)
    return any(w.lower() in lookups()["past_verbs"] for w in _WORD.findall(text[left:right]))


def _previous_word(text: str, start: int) -> str:
    m = _LAST_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


_LAST_WORD = re.compile(r"(\w+)[^\S\n]+$")
_THREE_WORDS = re.compile(r"(\w+)[^\S\n]+\w+[^\S\n]+(\w+)[^\S\n]+$")


def _in_month_week(text: str, start: int, look) -> bool:
    """"februāra otrās nedēļas otrdienā": the week's noun right before the weekday and a month's
    genitive two words before it (calendar.toml [weekday_in_month] week_nouns). Bounded: 60 characters."""
    m = _THREE_WORDS.search(text, max(0, start - 60), start)
    return m is not None and m.group(2).lower() in look["month_week"] and m.group(1).lower() in look["in_month"]


def _posting_age(text: str, start: int, labels) -> bool:
    """"Publicēts pirms 4 gadiem" opening its line: a page's posting age, counted from the day
    it was read (a sentence's "pētījums publicēts pirms gada" stays a span)."""
    line_start = text.rfind("\n", max(0, start - 24), start)
    if line_start < 0 and start > 24:
        return False
    return text[line_start + 1:start].strip().lower() in labels


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end + (len(text[end:]) - len(text[end:].lstrip(" \t"))))
    return m.group(0).lower() if m else ""


_BLANKS = re.compile(r"[ \t]*")


def _part_of_that_day(text: str, m: re.Match, look) -> int | None:
    """"piektdienas vakarā", "svētdienas rītā": a weekday's genitive before a time of day in the
    locative dates that day (calendar.toml [weekday_time_of_day]); "katras piektdienas vakarā",
    "katrā piektdienas vakarā" repeat, and so does a weekly custom told in the present
    (`_weekly_custom`). The end of the time of day, else None: the span takes it in, so that a date
    right after it ("Sestdienas vakarā, 16. martā") is that day's and the weekday no date of its own."""
    if not (m["day"].lower().endswith("dienas") and _previous_word(text, m.start()) not in look["repeated_before"]):
        return None
    word = _WORD.match(text, _BLANKS.match(text, m.end()).end())
    if word is None or word.group(0).lower() not in look["time_of_day"] or _weekly_custom(text, m.start(), word.end(), look):
        return None
    return word.end()


_CLOCK_ABBREVIATION = re.compile(rf"(?<!\w){CLOCK_WORD}$", re.IGNORECASE)


def _weekly_custom(text: str, start: int, end: int, look) -> bool:
    """"Otrdienas vakarā bibliotēkā parasti notiek spēļu vakars": a word of habit in the sentence
    (calendar.toml [weekday_time_of_day] habitual), and nothing that dates one occurrence (`told_once`),
    tell a custom of every such day. A bare present verb tells none: "Piektdienas vakarā kultūras namā
    notiek balle" is one announced evening. Bounded by the sentence window."""
    left, right = sentence_around(text, start, end)
    if _CLOCK_ABBREVIATION.search(text, max(left, right - 6), right):
        right = sentence_around(text, right + 1, right + 1)[1]  # "plkst. 18": the clock's dot ends nothing
    return custom_told(text, left, right, look["habitual"], told_once())


@lru_cache(maxsize=1)
def _weekly_hours() -> re.Pattern:
    """Opening hours: a range of weekdays with the hours after it ("no otrdienas līdz piektdienai
    no pulksten 8.00 līdz 16.00") names every such week, not one day."""
    days = weekday_alternation()
    return _bounded(rf"no\s+(?:{days})\s*(?:{DASH}|{UNTIL})\s*(?:{days})[^.!?\n\d]{{0,40}}?"
                    rf"(?:(?:no\s+)?{CLOCK_WORD}\.?\s*{HOUR}(?!\d)|{HOUR}[.:]{MINUTE})")


# ------------------------------------------------------------------ the rules

def find_relatives(text: str, taken: Iterable[tuple[int, int]] = ()) -> list[Relative]:
    """Every relative date of `text` outside the `taken` spans (the calendar dates found
    before), longest first where two overlap, in text order."""
    look = lookups()
    pats = _patterns()
    found: list[Relative] = []
    # Where any rule can match, in one scan; each rule is then tried only there (the same
    # matches as its own finditer, one scan of the text instead of one per rule).
    starts = [m.start() for m in _starts().finditer(text)]

    for m in finditer_at(pats["modified_weekday"], text, starts):
        code, kind = look["weekday"][m["day"].lower()], look["modifier"][m["mod"].lower()]
        found.append(Relative(m.start(), m.end(), f"{kind}-{code}", "modified_weekday", builders.weekday(code, kind)))
    # a range of weekdays with its hours, and an office's card of hours (hours_card.py)
    weekly = [m.span() for m in _weekly_hours().finditer(text)] + card_items(text, starts) \
        if _RANGE_MARK.search(text) else []
    range_start: Relative | None = None  # "no pirmdienas" right before "līdz piektdienai"
    for m in finditer_at(pats["weekday"], text, starts):
        if any(start <= m.start() < end for start, end in weekly):
            continue
        if not m["prep"] and _previous_word(text, m.start()) in look["in_month"]:
            continue  # "maija pēdējā sestdienā", "novembra pirmdienā": a day of that month
        if not m["prep"] and _in_month_week(text, m.start(), look):
            continue  # "februāra otrās nedēļas otrdienā": a weekday of a month's counted week
        form = m["day"].lower()
        code = look["weekday"][form]
        # "Piektdienas kafejnīca", "pirmdienas rīta sesija": a weekday naming something else.
        # Only a genitive or nominative names a thing so; the adverb "otrdien skolā viesojās …" dates.
        if form.endswith(("dienas", "diena", "dienu")) and _next_word(text, m.end()) in look["not_after"]:
            continue
        day_part_end = None if m["prep"] else _part_of_that_day(text, m, look)
        if form.endswith(("dienas", "diena", "dienu")) and not m["prep"] and day_part_end is None:
            # a bare genitive is an attribute ("otrdienas nodarbības"), a nominative names the
            # day ("šodien ir otrdiena"), an accusative repeats ("katru otrdienu"): no date
            continue
        if m["day"][0].isupper() and m.start() > 0 and text[m.start() - 1] not in "\n" \
                and not re.search(r"[.!?:]\s*$", text[max(0, m.start() - 3):m.start()]) \
                and not _after_metadata_stamp(text, m.start()):
            continue  # capitalised inside a sentence: a name
        which = "past" if sentence_is_past(text, m.start(), m.end()) else "on"
        build = builders.weekday(code, which)
        if m["prep"] and _UNTIL_WORD.fullmatch(m["prep"]) and range_start and not text[range_start.end:m.start()].strip():
            build = builders.on_or_after(range_start.build, code)
        found.append(Relative(m.start("day"), day_part_end or m.end(), code, "weekday", build))
        range_start = found[-1] if m["prep"] and m["prep"].lower() == "no" else None
    for m in finditer_at(pats["modified_unit"], text, starts):
        if no_single_unit(m["mod"], m["unit"], _next_word(text, m.end()), look["unit_not_before"]):
            continue  # "pagājušā gadu tūkstoša": a millennium; "iepriekšējo gadu uzvarētāji": past years
        unit, kind = look["unit"][m["unit"].lower()], look["modifier"][m["mod"].lower()]
        offset = builders.SIGN[kind]
        found.append(Relative(m.start(), m.end(), builders.duration(unit, offset), "modified_unit", builders.UNIT_BUILDERS[unit](offset)))
    for m in finditer_at(pats["month_day"], text, starts):
        # "līdz šī mēneša 20. datumam": the day is the text's, the month counted from the anchor;
        # longer than the "šī mēneša" inside it, so it is the one kept.
        offset = builders.SIGN[look["modifier"][m["mod"].lower()]]
        found.append(Relative(m.start(), m.end(), builders.duration("M", offset), "month_day",
                              builders.month_day(offset, int(m["day"]))))
    for m in finditer_at(pats["unit_adverb"], text, starts):
        unit, offset = calendar_words()["unit_adverbs"][m["word"].lower()]
        found.append(Relative(m.start(), m.end(), builders.duration(unit, offset), "unit_adverb", builders.UNIT_BUILDERS[unit](offset)))
    for m in finditer_at(pats["day_word"], text, starts):
        if _TODAY_IS.match(text, m.end()):
            continue  # "Šodien ir ceturtdiena, 6. marts": the line states the date itself
        if m["word"].lower() == "šodien" and nowadays(text, m.start(), m.end()):
            continue  # "Agrāk …, bet šodien …", "Šodien … ir retums": nowadays, no day
        offset = calendar_words()["days"][m["word"].lower()]
        found.append(Relative(m.start(), m.end(), builders.duration("D", offset), "day_word", builders.day(offset)))
    for m in finditer_at(pats["day_noun"], text, starts):
        offset = calendar_words()["day_nouns"]["forms"][m["word"].lower()]
        found.append(Relative(m.start("word"), m.end(), builders.duration("D", offset), "day_noun", builders.day(offset)))
    for m in finditer_at(pats["span"], text, starts):
        unit_form = m["unit"].lower()
        unit = look["span_unit"][unit_form]
        amount = int(m["n"]) if m["n"] else look["number"][m["word"].lower()] if m["word"] else None
        singular = unit_form in look["span_singular"]
        if amount is None and (not singular or unit in ("D", "Y")):
            continue  # "pēc gada beigām", "pirms dienas": no number, no span
        if amount is not None and amount > 1 and singular and not m["n"]:
            continue
        if _next_word(text, m.end()) in look["span_not_before"] or _posting_age(text, m.start(), look["span_not_after"]):
            continue
        amount = amount or 1
        signed = amount if m["dir"].lower() in look["after"] else -amount
        found.append(Relative(m.start(), m.end(), builders.duration(unit, signed), "span", builders.span(unit, signed)))
    for m in finditer_at(pats["year_part"], text, starts):
        offset = builders.SIGN[look["year_which"][" ".join(m["which"].lower().split())]]
        found.append(Relative(m.start(), m.end(), builders.duration("Y", offset), "year_part", builders.year(offset)))

    taken = sorted(taken)
    chosen = select_longest(found, taken)
    # A weekday right before a calendar date ("ceturtdien, 22. martā") is part of that date:
    # weekday_warnings checks it; it is no relative date of its own.
    starts = [s for s, _ in taken]
    ends = sorted(e for _, e in taken)
    return [r for r in chosen if r.rule != "weekday" or not (before_a_date(text, r.end, starts)
                                                              or paired_before_a_date(text, r.end, starts)
                                                              or named_after_a_date(text, r.start, ends))]


# A crawler's stamp opening the text, its ISO date glued before the body's first word.
_STAMP_DATE = re.compile(r"\d{4}-\d\d(?:-\d\d)?[^\S\n]+$")
STAMP_LABEL_REACH = 60  # the stamp's label before its date on the line (" date ", "Publicēts: ")


def _after_metadata_stamp(text: str, start: int) -> bool:
    """" date 2020-02 Sestdien pulksten 17.30 …": the capitalised weekday after a metadata stamp opens
    the body's first sentence, no name. Bounded per weekday: the stamp's date right before it, its
    label within STAMP_LABEL_REACH characters before that."""
    m = _STAMP_DATE.search(text, max(0, start - 16), start)
    if m is None or m.end() != start:
        return False
    line_start = text.rfind("\n", max(0, m.start() - STAMP_LABEL_REACH), m.start()) + 1
    if line_start == 0 and m.start() > STAMP_LABEL_REACH:
        return False  # a long line before it: running text, no stamp's label
    return published_label_before(text, line_start, m.start())
