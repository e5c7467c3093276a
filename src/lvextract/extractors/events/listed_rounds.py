"""Numbered rounds listed line by line under a series ("Sacensību kalendārs:" over "1. posms – 12.
maijā, Valmiera" / "2.posms … 02.02.2009.", or the day first: "9.-10. aprīlis – 1. posms"): the
series word stands in the lines above, not right before each round, yet each line's round is a stage of that series. Only a round that opens its
line, and only with a series word ([rounds] series) within REACH characters before the line.
A contest's rounds listed so ("Konkurss norit trīs kārtās:" over "Pirmā kārta – 5. martā plkst.
10.00 – …") count too, but only on a line that gives an hour and no bound of a period ("līdz",
"no"): a call's rounds ("projektu konkursa 1. kārta – no 1. līdz 31. martam") are periods."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import DASH, DASH_CHARS
from ...temporal.times import clock_times
from .lexicon import literals, vocabulary
from ...layout import next_newline, previous_newline

# How far above the listed line the series may be named: a heading and a sentence or two.
REACH = 600

# What may stand before the round on its own line: a bullet, a dash, spaces; or a calendar's day
# and a dash ("• 9.-10. aprīlis – 1. posms", "• 14.05. – 2. kārta"): the line's day is the round's.
_LINE_OPENING = re.compile(rf"[ \t•*{DASH_CHARS}]*(?:\d{{1,2}}\.(?:[ \t]*[-–][ \t]*\d{{1,2}}\.)?[ \t]*(?:[^\W\d_]+|\d{{1,2}}\.(?:\d{{4}}\.?)?)"
                           rf"[ \t]+{DASH}[ \t]*)?")


@lru_cache(maxsize=1)
def _series() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['rounds']['series'])})\w*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _contest() -> tuple[re.Pattern, re.Pattern]:
    words = vocabulary()["rounds"]
    return (re.compile(rf"(?<!\w)(?:{literals(words['listed_contests'])})\w*", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{literals(words['period_bounds'])})(?!\w)", re.IGNORECASE))


def listed_round(doc: Document, at: int) -> bool:
    """Whether the numbered round at `at` opens its line and a series word stands in the lines above
    (a contest's word, on a line that tells an hour and no period). O(REACH + line)."""
    line_start = previous_newline(doc.text, at) + 1
    if line_start == 0 or not _LINE_OPENING.fullmatch(doc.text, line_start, at):
        return False
    if _series().search(doc.text, max(0, line_start - REACH), line_start) is not None:
        return True
    contest, bounds = _contest()
    line_end = next_newline(doc.text, at)
    line_end = len(doc.text) if line_end < 0 else line_end
    return (contest.search(doc.text, max(0, line_start - REACH), line_start) is not None
            and bounds.search(doc.text, at, line_end) is None and bool(clock_times(doc.text, at, line_end)))
