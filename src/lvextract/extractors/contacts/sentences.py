"""Where a sentence ends in a contact's text: a full stop before a capital (not after an
abbreviation such as "tālr.") or a blank line."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import UPPER, vocabulary

SENTENCE_BREAK = re.compile(rf"([.!?])\s+(?=[{UPPER}\"„“])|\n[ \t]*\n")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations whose full stop does not end a sentence (data/contacts.toml), without the stop."""
    return frozenset(vocabulary()["sentence_abbreviations"])


def _breaks(between: str, allow_blank_line: bool = False):
    for m in SENTENCE_BREAK.finditer(between):
        if m.group(1) is None:
            if not allow_blank_line:
                yield m
            continue
        word = re.findall(r"[\w.]+$", between[:m.start(1)])
        if not word or word[0].lower().rstrip(".") not in abbreviations():
            yield m


def has_break(between: str, allow_blank_line: bool = False) -> bool:
    return next(_breaks(between, allow_blank_line), None) is not None


def last_break_end(text_part: str) -> int:
    ends = [m.end() for m in _breaks(text_part)]
    return ends[-1] if ends else 0
