"""Amounts a flattened table glued to the cell before them, which the number finders cannot start
on because a word character or a digit touches the number: a money label ("Līguma summa60 000 EUR"),
any word written small before an amount grouped in thousands ("… vienam projektam650 000 EUR": no
code or count is written so), or a date of the row ("Līguma summa2024.12.0160 000 EUR", "01.12.20243 500,00 EUR"). The date's
figures are fixed in length (a padded day, a four-digit year), so the amount starts right after them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian import money
from ...latvian.orthography import LOWER
from ..vocabulary import load
from .numbers import SPACE, Amount, as_number, parse_money

_AMOUNT = rf"(?P<num>[1-9]\d{{0,2}}(?:{SPACE}\d{{3}})+(?:,\d{{2}})?|[1-9]\d*(?:,\d{{2}})?)"
# A word's last letters written small, and an amount grouped in thousands after it.
_SMALL_WORD = f"(?-i:[{LOWER}]{{3}})"
_GROUPED = rf"[1-9]\d{{0,2}}(?:{SPACE}\d{{3}})+"
_DATE = r"(?:(?:19|20)\d\d\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?:19|20)\d\d)\.?"


@lru_cache(maxsize=1)
def _glued() -> re.Pattern:
    labels = "|".join(load("budgets")["glued_cell_labels"])
    return re.compile(rf"(?:(?:{labels})|{_SMALL_WORD}(?={_GROUPED})|(?<![\d.,]){_DATE}){_AMOUNT}{SPACE}?"
                      rf"{money.framed_currency('cur')}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _digit_before_currency() -> re.Pattern:
    """A digit with a currency right after it (one space between at most): where every match of
    _glued ends, its amount's last digit and its currency. A scan from digit to digit, some eight
    times cheaper than _glued's own, which enters its branches at every character."""
    return re.compile(rf"\d{SPACE}?{money.framed_currency()}", re.IGNORECASE)


def _windows(text: str) -> list[tuple[int, int]]:
    """Text ranges [start, end) that hold every match of _glued, merged and in order: each from
    the start of the line of a digit with its currency to the end of the line where that currency
    ends, its line break included. A match's label, date and amount stand on one line (no line
    break in them, SPACE holds none), only a currency of two words may cross one ("norvēģijas
    kronas"), and what _glued reads after the currency is one character; so a match, and every
    try that reads past such a range's end, is the same inside the range as in the whole text
    (look-behinds read before a range's start: `re` gives them the whole string)."""
    windows: list[tuple[int, int]] = []
    for m in _digit_before_currency().finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end + 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def glued_cell_amounts(text: str) -> list[Amount]:
    """The amounts of _glued, as its scan of the whole text finds them, read only in _windows."""
    currency_of = money.currency_of()
    glued = _glued()
    return [Amount(as_number(parse_money(m["num"])), currency_of[re.sub(r"\s+", " ", m["cur"].lower())],
                   m.start("num"), m.end()) for start, end in _windows(text) for m in glued.finditer(text, start, end)]
