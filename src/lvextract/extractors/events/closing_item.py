"""A programme item that opens with the closing of the day's occurrence itself ("22:00 – Pasākuma
noslēgums, komandu prezentācijas un apbalvošana"): the honours it lists are done inside that
occurrence's closing, so they name no occurrence of their own (RECORD.md: one occurrence is one
event). Only such parts ([closing_item] parts): a ball or a concert after the closing ("svētku
noslēgums un balle") stays one. An item that names another occurrence's closing ("konkursa
noslēgums") is not one of these: only the occurrence's own words ([closing_item] owners) open it.
O(1) per item."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import DASH, DASH_CHARS
from .hour_abbreviation import CLOCK_WORD, LINE_LEAD
from .lexicon import literals, vocabulary

# What may lead an item before its words: a programme line's lead, its hour or span of hours, dashes.
HOUR = r"\d{1,2}(?:[.:]\d{2})?"
LEAD = re.compile(rf"(?:{LINE_LEAD}(?:{CLOCK_WORD}[ \t]*)?{HOUR}(?:[ \t]*(?:{DASH}|līdz)[ \t]*{HOUR})?)?[ \t:;{DASH_CHARS}]*",
                  re.IGNORECASE)


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    words = vocabulary()["closing_item"]
    return re.compile(rf"(?:{literals(words['owners'])})[ \t]+(?:{literals(words['heads'])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _parts() -> frozenset[str]:
    return frozenset(vocabulary()["closing_item"]["parts"])


def closes_occurrence(doc: Document, bounds: tuple[int, int]) -> bool:
    """Whether the item in `bounds` opens with its occurrence's closing ("Pasākuma noslēgums")."""
    lead = LEAD.match(doc.text, bounds[0], bounds[1])
    return _opening().match(doc.text, lead.end() if lead else bounds[0], bounds[1]) is not None


def without_closing_parts(doc: Document, bounds: tuple[int, int], nouns: list) -> list:
    """`nouns` less the closing's parts, when the item opens with its occurrence's closing."""
    if not any(n.kind in _parts() for n in nouns) or not closes_occurrence(doc, bounds):
        return nouns
    return [n for n in nouns if n.kind not in _parts()]


@lru_cache(maxsize=1)
def _closing_head() -> re.Pattern:
    heads = vocabulary()["closing_item"]["closings"]
    return re.compile(rf"[ \t]+(?:{literals(heads)})(?!\w)", re.IGNORECASE)


def closes_known(text: str, noun, known) -> bool:
    """Whether the item's noun, in the genitive before a closing word ("Plkst. 17.00 – svētku
    noslēgums"), tells the close of the day's occurrence of its kind already known: no second one."""
    return known is not None and _closing_head().match(text, noun.end) is not None
