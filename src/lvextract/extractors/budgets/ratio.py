"""A ratio said in money is no budget: "uz 1 eiro valsts līdzfinansējuma piesaistīti 2,24 eiro
programmas finansējuma", "par katru ziedoto eiro dome piemaksās vēl 1 eiro", "katrs ieguldītais eiro
atnes 3 eiro". The unit ("uz 1 eiro", "par katru eiro", "katrs … eiro") and the rate told for it — the
next amount in the same sentence, shortly after and small (under `RATE_LIMIT`) — are figures of the
ratio, not sums anything costs or is paid; a larger sum after them ("… līdz kopumā 10 000 eiro") stays."""
from __future__ import annotations

import re

from ...spans import Intervals
from .numbers import Amount

# The unit of a ratio: "uz 1 eiro", "uz vienu eiro", "par katru (ziedoto) eiro", "katrs (ieguldītais) eiro".
_UNIT = re.compile(r"(?<![^\W\d_])(?:(?:uz|par)[ \t]+(?:1|vienu|katru)|katrs)[ \t]+(?:[^\W\d_]+[ \t]+)?"
                   r"(?:eiro|euro|EUR)(?![^\W\d_])", re.IGNORECASE)
# How far after the unit the rate may stand, and how large it may be.
RATE_REACH = 120
RATE_LIMIT = 100
# A sentence's end between the unit and the rate: the rate is another sentence's amount.
_SENTENCE_END = re.compile(r"[.!?]\s")


def ratio_figures(text: str, amounts: list[Amount]) -> Intervals:
    """The spans of the amounts that are a ratio's unit or its rate."""
    figures = []
    for unit in _UNIT.finditer(text):
        inside = [a for a in amounts if a.start >= unit.start() and a.end <= unit.end()]
        figures += [(a.start, a.end) for a in inside]
        rate = next((a for a in amounts if a.start >= unit.end()), None)
        if rate is not None and rate.start - unit.end() <= RATE_REACH and rate.value < RATE_LIMIT \
                and not _SENTENCE_END.search(text, unit.end(), rate.start):
            figures.append((rate.start, rate.end))
    return Intervals(figures)
