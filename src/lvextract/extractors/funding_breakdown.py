"""A plain public funder as one item of a breakdown of a project's money: "ERAF finansējums – 85 000
EUR, valsts – 5000 EUR, pašvaldība – 10 000 EUR", "Finansējums: ERAF 85 %, valsts 5 %, pašvaldība
10 %". The funder pays when its own sum or percentage follows it (a dash or a colon may stand
between), the item before it in the list closes with a sum or a percentage ("…, " / "… un "), and a
named fund stands earlier in the sentence (checked by the caller): the list's other items say the
money's sources, so this word names one too. Called from funding_pays.pays; bounded look-arounds."""
from __future__ import annotations

import re

from ..latvian.money import currency_alternation

_CURRENCY = r"(?:" + currency_alternation("EUR", "LVL") + r")(?![^\W\d_])"
# The funder's own sum or share right after its word.
SUM_AFTER = re.compile(r"\s*(?:[-–—:]\s*)?(?:\d[\d \u00a0.,]*\s*(?:%|procent|" + _CURRENCY + r")|"
                       + _CURRENCY + r"\s*\d)", re.I)
# The list's item before it closing with a sum or a share, then "," / ";" / "un".
ITEM_BEFORE = re.compile(r"(?:\d\s*(?:%|procent\w*|" + _CURRENCY + r")|" + _CURRENCY + r"\s*\d[\d \u00a0.,]*\d)"
                         r"\s*(?:[,;]|\bun\b)\s*$", re.I)
REACH = 40  # characters before the funder's name the previous item's end is looked for in


def breakdown_item(text: str, name_start: int, word_end: int) -> bool:
    """Whether the funder named from `name_start` (its word ending at `word_end`) is one item of a
    list of the money's sources, each with its sum or share."""
    return SUM_AFTER.match(text, word_end) is not None and \
        ITEM_BEFORE.search(text, max(0, name_start - REACH), name_start) is not None
