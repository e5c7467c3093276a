"""The dateline's own day told again in the text below it ("04.02.2005." / "4. februārī … pulcējās
pensionāri"): a report of the day it is dated. A year stated elsewhere in its paragraph (a law
"pieņemts 2004. gada 1. aprīlī") is another occasion's; the day keeps the dateline's year, as long
as its own sentence states no year (a reading of ours beside RECORD.md's order, docs/record.md)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import vocabulary as vocab
from .resolve import Resolved

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WINDOW = 200  # a sentence's reach either side of the day


# A sentence's stop: a full stop after a word, or a line's end. A number's dot is none before a
# lower-case word: "2019. gadā …, bet tieši 18. martā" is one sentence whose year is the day's. Before
# a capitalised word that is no month ("3. Maijā" as some pages print it) the number closed its
# sentence: "biedru skaits šobrīd ir 45. Tieši 3. maijā …".
_STOP = re.compile(r"(?<=[^\W\d_])\. |\n|(?<=\d)\. (?=(?P<capital>[^\W\d_a-zāčēģīķļņšūž][^\W\d_]*))")


def _stops(text: str, lo: int, hi: int):
    for m in _STOP.finditer(text, lo, hi):
        if m["capital"] is None or m["capital"].lower() not in vocab.month_forms():
            yield m


def _own_sentence(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    left = max((m.end() for m in _stops(text, lo, start)), default=lo)
    right = next(_stops(text, end, hi), None)
    return text[left:right.start() if right else hi]


def dateline_day(text: str, item: Resolved, document_date, document_atom) -> Resolved:
    """The day with the dateline's year when it is the dateline's day and month, its year came
    from another date of its paragraph, and its own sentence names no year."""
    atom = item.atom
    if document_atom is None or not isinstance(document_date, dt.date) or atom.year is not None or atom.relative \
            or atom.day is None or item.end is not None or item.fallback or atom.start == document_atom.start:
        return item
    if (atom.month, atom.day) != (document_date.month, document_date.day) or item.value[:4] == f"{document_date.year:04d}":
        return item
    if _YEAR.search(_own_sentence(text, atom.start, atom.end)):
        return item
    return replace(item, value=f"{document_date.year:04d}{item.value[4:]}", anchored=True)
