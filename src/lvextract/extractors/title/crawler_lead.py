"""The body's first sentence right after a crawler's date field (" date 2021-07 Šovasar … notika
…." on the page's first line, or "date 2021-07" on a line of its own over it): the crawler kept the
page's text from its body on, so a closed sentence there is no headline, however short."""
from __future__ import annotations

import re

from .furniture import metadata_prefix

_SENTENCE_WORDS = 8  # a headline closed by a full stop is short: "Valsts prezidents tiekas ar premjeru."
_CLOSED = re.compile(r"[^.]\.[\"'”“»)]*$")
_FIELD_ALONE = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:?\s*\d{4}-\d\d(?:-\d\d)?\s*$")
_LOOK_BACK = 3


def crawler_sentence(lines: list[str], n: int, line: str) -> bool:
    """Whether `line` (line n, its crawler field already cut) is a closed sentence of the body
    that opens the page right after the crawler's date field."""
    if len(line.split()) < _SENTENCE_WORDS or not _CLOSED.search(line):
        return False
    if metadata_prefix().match(lines[n]):
        return True
    before = [l for l in lines[max(0, n - _LOOK_BACK):n] if l.strip()]
    return bool(before) and len(before) == len([l for l in lines[:n] if l.strip()]) == 1 \
        and _FIELD_ALONE.fullmatch(before[0]) is not None and metadata_prefix().match(before[0] + " ") is not None
