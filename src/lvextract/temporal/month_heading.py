"""A month named alone as a heading's subject: "Marts – lasīšanas mēnesis", "Novembris – Latvijas
mēnesis". The nominative opens its line and a dash and a lower-case word follow; the line is short
and holds no number (a dated line is a schedule's). The month is a date of month grain."""
from __future__ import annotations

import re

from . import vocabulary as vocab

_LINE_MAX = 60
_DASH_AFTER = re.compile(r"[^\S\n]+[–—-][^\S\n]+[a-zāčēģīķļņšūž]")


def month_heading(text: str, start: int, end: int, word: str) -> bool:
    """Whether the month word at start:end opens a short heading line as its subject."""
    if word.lower() not in vocab.month_nominatives() or not word[:1].isupper():
        return False
    # Each look reads a bounded slice: a long line is no heading, whatever it holds.
    line_start = text.rfind("\n", max(0, start - _LINE_MAX), start) + 1
    if (line_start == 0 and start > _LINE_MAX) or text[line_start:start].strip():
        return False
    line_end = text.find("\n", end, line_start + _LINE_MAX + 1)
    if line_end < 0 and len(text) > line_start + _LINE_MAX:
        return False
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line) <= _LINE_MAX and not any(c.isdigit() for c in line) and _DASH_AFTER.match(text, end) is not None
