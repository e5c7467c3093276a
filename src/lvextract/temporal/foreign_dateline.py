"""An English or Russian dateline (temporal/foreign.py reads their dates): a full date alone on one
of the page's first lines or after a posting label ("Posted on Friday, 5 June 2015", "Inserted:
ozolu_skola Apr 20 2022 13:38"), or after "Published" on one of its last lines; and a foreign date
as the grammar's Atom. Split from the package's analyse by concern."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import layout
from ..latvian.orthography import UPPER
from . import vocabulary as vocab
from .date_patterns import clock_tail
from .foreign import find_foreign
from .grammar import Atom
from .posted_line import POSTER
from ..layout import next_newline, previous_newline


def foreign_atom(f) -> Atom:
    until = f.until
    return Atom(f.start, f.end, f.year, f.month, f.day, until.year if until else None, until.month if until else None,
                until.day if until else None, rule=f"foreign-{f.language}")


# A dateline line: the date alone, or after a posting label. At the page's foot only after
# the label ("Published 08 March 2019" under an English article).
# A CMS's posting field may name the page it was posted to between its label and the date:
# "Inserted: Jaunumi Apr 20 2022 13:38".
# A blog's dateline may open with the weekday: "Tuesday, March 3, 2015", "Posted on Friday, 5 June 2015".
_EN_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day[^\S\n]*,?[^\S\n]*"


def _poster() -> str:
    """A gallery's posting line names its poster after the verb ([document_date]
    english_posted_verbs), a handle too ("Inserted: ozolu_skola Apr 20 2022 13:38"), or opens with
    its count of photos ("2 photos • Apr 24 2021 10:00"). The label is read up to the date on its
    line, so posted_line's poster (blanks but no line break) reads it alike."""
    verbs = vocab.document_date_words("english_posted_verbs")
    return rf"(?:{verbs})\s*:\s*{POSTER}|\d{{1,4}}\s+photos?\s*[•·|]\s*"


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    # A Latvian page's own publication label may stand before an English date too ("Publicēts:
    # September 5, 2019"): the same field, whatever language the CMS writes its dates in.
    latvian = vocab.document_date_words("publication_labels")
    return re.compile(r"(?i)^\s*(?:(?:posted|published|updated|post\s+date|date\s+posted)(?:\s+on)?[:\s]*"
                      rf"|(?:{latvian})[^\S\n]*:?[^\S\n]*|{_poster()})?(?:{_EN_WEEKDAY})?$")


@lru_cache(maxsize=1)
def _foot_dateline() -> re.Pattern:
    return re.compile(rf"(?i)^\s*(?:(?:posted|published)(?:\s+on)?[:\s]*|{_poster()})$")


# A posting's clock time after the date: "Feb 11, 2010 11:13:57 AM"; a blog's stamp may print the
# reading time after it: "May 22 2015 08:38 · Time to read 2 min".
_CLOCK_AFTER = re.compile(clock_tail(seconds=True, am_pm=True, dot=False), re.IGNORECASE)


@lru_cache(maxsize=1)
def _reading_time() -> re.Pattern:
    return vocab.document_date_pattern(r"[^\S\n]*(?:[·•|][^\S\n]*(?:{reading_time_labels})[^\S\n]*:?[^\S\n]*"
                                       r"\d\d?\d?[^\S\n]*min\w*\.?)?[^\S\n]*", re.IGNORECASE)


def _posting_clock(text: str, start: int, end: int) -> bool:
    """A posting's clock after a date alone at the page's head, maybe with the reading time after it:
    an odd minute or a 12-hour clock, as a CMS stamps a post; an occasion starts at the hour or a quarter."""
    m = _CLOCK_AFTER.match(text, start, end)
    if m is None or _reading_time().fullmatch(text, m.end(), end) is None:
        return False
    stamp = m.group(0)
    twelve_hour, minute = not stamp[-1].isdigit(), stamp.split(":")[1][:2]  # ("11:13:57 AM": "AM", "13")
    return twelve_hour or minute not in ("00", "15", "30", "45")
_HEAD_LINES = 6
# A blog's post date opening the text, its headline glued after it on the same line: "September
# 6, 2018 ZĪMĒJUMU KONKURSS" (the page's first line only).
_GLUED_HEADLINE = re.compile(rf"[^\S\n]+[{UPPER}]")


def find_foreign_dateline(text: str, taken):
    """An English or Russian full date standing alone on one of the first lines (or after
    "Posted on"), or after "Published" on one of the last: the page's dateline, when the text
    gives no Latvian one."""
    head_end, seen = 0, 0
    for start, end in layout.lines_from(text, 0):  # lines with words: blank ones a page's extraction leaves count not
        if seen == _HEAD_LINES:
            break
        seen += bool(text[start:end].strip())
        head_end = min(end + 1, len(text))
    foot_start = len(text.rstrip())
    for _ in range(_HEAD_LINES):
        foot_start = max(head_end, text.rfind("\n", 0, max(0, foot_start - 1)) + 1)
    for offset, part, label in ((0, text[:head_end], _dateline()), (foot_start, text[foot_start:], _foot_dateline())):
        for f in find_foreign(part, [(s - offset, e - offset) for s, e in taken if e > offset]):
            f = replace(f, start=f.start + offset, end=f.end + offset)
            line_start = previous_newline(text, f.start) + 1
            line_end = next_newline(text, f.end)
            line_end = len(text) if line_end < 0 else line_end
            if f.year and f.until is None and label.match(text[line_start:f.start]) \
                    and (not text[f.end:line_end].strip(" .,|")
                         or (text[line_start:f.start].strip() and _CLOCK_AFTER.fullmatch(text[f.end:line_end].rstrip()))
                         or (offset == 0 and _posting_clock(text, f.end, line_end))
                         or (offset == 0 and _reading_time().fullmatch(text, f.end, line_end))
                         or (offset == 0 and not text[:line_start].strip() and _GLUED_HEADLINE.match(text, f.end, line_end))):
                return f
    return None
