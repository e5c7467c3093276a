"""Amounts listed after one that names their currency: "piešķirti 1200 eiro, 800 un 500",
"EUR 300, 200 vai 100" — the mirror of "150, 100 un 50 eiro" (range_ends.py, listed_before).

Only a closed list counts: the last number is joined by "un"/"vai" and closes a clause or has
one of [listed_after] closing_words after it ("… un 4 mikroprojektus" counts projects), and no
number of it has a unit or a count after it ("3 eiro, 5 un 7 gadus veciem" is no list of money,
[list_header] not_after) or a full stop that makes it an ordinal ("2024. un 2025. gadā")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER
from ..vocabulary import load
from .currencies import patterns, scale_alternation
from .numbers import NUMBER, Amount, as_number, parse_money
from .under_header import units_after

_ITEM = re.compile(rf"\s*(?P<sep>,|\bun\b|\bvai\b)\s*(?<![\d.,])(?P<num>{NUMBER})(?![\d\w%])"
                   rf"(?!\.\s*[{LOWER}\d])", re.IGNORECASE)
_MAX_ITEMS = 8


@lru_cache(maxsize=1)
def _own_currency() -> re.Pattern:
    """A currency or a scale word right after a number: that amount stands on its own, and the
    numbers before it are its list ("5 EUR, 3 un 2 EUR")."""
    words = "|".join(re.escape(w) for w in sorted(patterns()[2], key=len, reverse=True))
    return re.compile(rf"\s*(?:{words}|{scale_alternation()})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _closes() -> re.Pattern:
    words = "|".join(re.escape(w) for w in load("budgets")["listed_after"]["closing_words"])
    return re.compile(rf"[ \t]*(?:[,;:.!?)\n]|$|(?:{words})(?![^\W\d_]))", re.IGNORECASE)


def listed_after(text: str, end: int, currency: str, factor: float) -> list[Amount]:
    items: list[Amount] = []
    closed = False
    units = units_after()
    while len(items) < _MAX_ITEMS and not closed:
        m = _ITEM.match(text, end)
        if m is None:
            break
        if units.match(text, m.end()) or _own_currency().match(text, m.end()):
            return []
        closed = m["sep"].lower() in ("un", "vai")
        items.append(Amount(as_number(parse_money(m["num"], factor)), currency, m.start("num"), m.end("num")))
        end = m.end()
    return items if closed and _closes().match(text, end) else []
