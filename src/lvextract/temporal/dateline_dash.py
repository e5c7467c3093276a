"""Two neighbours of a date that are not part of it.

A dateline set before the text with a dash: "15.03.2019 – 1. aprīlī bibliotēkā notiks …". The posting date opens the line in figures with its year and the first sentence follows after a
dash; when that sentence itself opens with a day in words ("1. aprīlī"), the two look like a range.
Writers do not mix the forms inside one range (a range is "15.–20. martā" or "15.03.–20.03.2019."),
so a full figure date at a line's start, a dash, then a day and month in words without a year, are
a dateline and the sentence's own day.

A list item's own day before a dash and the item's words in lower case: "2009. gada 14. maijā –
iespēja apgūt …" tells what the day holds; a dateline's dash opens a sentence (a capital, a day).

An amount glued after a date by a flattened table: "Līguma summa2024.12.0160 000 EUR".
"""
from __future__ import annotations

import re

from ..latvian import money
from ..latvian.orthography import DASH, LOWER
from .date_atom import Atom

_FIGURE_RULES = {"numeric", "numeric_slash", "numeric_dash", "numeric_ymd_dot", "iso"}
_WORD_MONTH_RULES = {"day_month", "day_month_plain"}


def dateline_before_dash(text: str, a: Atom, b: Atom) -> bool:
    if a.rule not in _FIGURE_RULES or a.year is None or b.rule not in _WORD_MONTH_RULES or b.year is not None:
        return False
    line_start = text.rfind("\n", 0, a.start) + 1
    return not text[line_start:a.start].strip()


_DASH_AFTER = re.compile(rf"[^\S\n]*{DASH}[^\S\n]*")


def dash_dateline(text: str, atoms: list[Atom], document_atom: Atom | None) -> bool:
    """Whether the document date is such a dateline: then it dates no event of the sentence after it."""
    if document_atom is None:
        return False
    gap = _DASH_AFTER.match(text, document_atom.end)
    if gap is None:
        return False
    after = next((a for a in atoms if a.start == gap.end()), None)
    return after is not None and dateline_before_dash(text, document_atom, after)


_ITEM_AFTER_DASH = re.compile(rf"[^\S\n]*\.?[^\S\n]*{DASH}[^\S\n]*[{LOWER}]")


def item_after_dash(text: str, date_end: int, line_end: int) -> bool:
    """Whether a dash and a word in lower case follow the date on its line: a list item's day
    ("2009. gada 14. maijā – iespēja apgūt …"), never the page's dateline. O(1)."""
    return _ITEM_AFTER_DASH.match(text, date_end, line_end) is not None


def glued_amount() -> str:
    """An amount with its currency glued right after a date (a flattened table's next cell)."""
    return rf"[1-9]\d{{0,2}}(?:[ \u00a0]\d{{3}})*(?:,\d{{2}})?[ \u00a0]?(?i:{money.framed_currency()})"
