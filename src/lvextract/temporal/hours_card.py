"""An office's card of hours: bare weekdays each with its hours, one item after another
("• pirmdien 8.00-18.00 / • otrdien – ceturtdien 8.00-17.00 / • piektdien 8.00-16.00", or in one
line: "otrdien no 10.00 līdz 18.00, ceturtdien no 10.00 līdz 16.00"). Each item names every such
week, no one day: its weekdays are no relative dates.

One item alone ("Pirmdien 10.00–12.00 notiks seminārs") may date an occurrence, so only a run of
two or more items counts, joined by nothing but list marks, commas, semicolons, "un" or a short
note in brackets left open to the line's end ("(pēc iepriekšēja pieraksta"); or one item right
after a label of hours ending with a colon, on its line or alone on the line above ("Darba laiks:
otrdien 9.00–17.00"; temporal.toml [hours_card] labels).

Cost: one scan for the items over the text (it can only match at a weekday's start, which the
caller's word-start scan already found), then one look at the gap between neighbours: linear.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .date_patterns import CLOCK_WORD, DASH, HOUR, MINUTE, UNTIL
from .relative_words import weekday_alternation
from ..word_regex import regex_alternation
from .vocabulary import alternation, calendar_words, temporal

# A clock time of a card: an hour with its minutes, or a bare hour after the clock word.
_TIME = rf"(?:(?:{CLOCK_WORD}\.?\s*)?{HOUR}[.:]{MINUTE}|{CLOCK_WORD}\.?\s*{HOUR}(?![.:\d]))"
_SPAN = rf"(?:no\s+)?{_TIME}\s*(?:{DASH}|{UNTIL})\s*(?:{CLOCK_WORD}\.?\s*)?{HOUR}(?:[.:]{MINUTE})?(?!\d)"
# What may stand between two items of one card.
_GAP = re.compile(rf"[\s,;•·*]*(?:\([^)\n]{{0,80}}\)?[\s,;•·*]*)?(?:un\s+)?(?:{DASH}\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _item() -> re.Pattern:
    days = weekday_alternation()
    return re.compile(rf"(?<!\w)(?:{days})(?:\s*{DASH}\s*(?:{days}))?(?!\w)\s*[:,]?\s*{_SPAN}"
                      rf"(?:\s*[,;]\s*{_SPAN})*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    """A label of hours and its colon closing the stretch before an item: on the item's line, or
    alone on the line above it (bounded by LABEL_REACH)."""
    labels = regex_alternation(temporal()["hours_card"]["labels"])
    return re.compile(rf"(?:^|\n)[^\S\n]*[\W\d_]*(?:[^\W\d_]+\s+){{0,3}}(?:{labels})\s*:[^\S\n]*\n?[^\S\n•·*-]*[•·*-]?[^\S\n]*$",
                      re.IGNORECASE)


LABEL_REACH = 80


def _labelled(text: str, start: int) -> bool:
    return _label().search(text, max(0, start - LABEL_REACH), start) is not None


def card_items(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The spans of the items of every card of hours in `text` (see the module's doc), tried
    only at `starts`, the weekdays' possible starts in text order."""
    item = _item()
    found: list[tuple[int, int]] = []
    last_end = -1
    for s in starts:
        if s < last_end:
            continue
        m = item.match(text, s)
        if m:
            found.append(m.span())
            last_end = m.end()
    kept: set[int] = set()
    for i in range(1, len(found)):
        gap_start, gap_end = found[i - 1][1], found[i][0]
        g = _GAP.match(text, gap_start)
        if g and g.end() >= gap_end and text[gap_start:gap_end].count("\n") <= 2:
            kept.update((i - 1, i))
    kept.update(i for i, (start, _) in enumerate(found) if i not in kept and _labelled(text, start))
    # "Šonedēļ bibliotēkā: otrdien 10.00-12.00 un ceturtdien 14.00-16.00 …": one week's days, no card
    return [found[i] for i in sorted(kept) if not _week_before(text, found[i][0])]


# How far back on its line a card's item looks for a word of one week ("šonedēļ", "nākamajā nedēļā").
WEEK_REACH = 120


@lru_cache(maxsize=1)
def _week_word() -> re.Pattern:
    words = calendar_words()
    weekly = [w for w, (unit, _offset) in words["unit_adverbs"].items() if unit == "W"] + words["units"]["W"]
    return re.compile(rf"(?<!\w)(?:{alternation(weekly)})(?!\w)", re.IGNORECASE)


def _week_before(text: str, start: int) -> bool:
    """A word of one week on the item's line before it, within WEEK_REACH: the days of that week."""
    line_start = text.rfind("\n", max(0, start - WEEK_REACH), start) + 1
    return _week_word().search(text, max(line_start, start - WEEK_REACH), start) is not None
