"""A ratio said in money is no budget: "uz 1 eiro valsts līdzfinansējuma piesaistīti 2,24 eiro
programmas finansējuma", "par katru ziedoto eiro dome piemaksās vēl 1 eiro", "katrs ieguldītais eiro
atnes 3 eiro". The unit ("uz 1 eiro", "par katru eiro", "katrs … eiro") and the rate told for it — the
next amount in the same clause, shortly after and small (under `RATE_LIMIT`), with the ratio's own verb
between them ("piesaistīja", "atnes", "piemaksās") — are figures of the ratio, not sums anything costs or
is paid; a larger sum after them ("… līdz kopumā 10 000 eiro") stays. Without that verb the words are a
price and its change ("samazināta uz 1 eiro", "kļuvusi uz vienu eiro dārgāka", "katrs eiro palīdz – jau
saziedoti 60 eiro"), and every figure stays money."""
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
# A sentence's or clause's end between the unit and the rate: the rate is another clause's amount
# ("… uz vienu eiro dārgāka: pieaugušajiem 5 eiro", "katrs eiro nonāks pie bērniem; savākti 85 eiro").
_CLAUSE_END = re.compile(r"[.!?]\s|[;:]")
# The verb that tells what a unit of money yields: without it "uz 1 eiro" is a price ("samazināta uz
# 1 eiro") and the next amount another price, not a rate.
_RATIO_VERB = re.compile(r"(?<![^\W\d_])(?:piesaist|atnes|ienes|piemaks|pieliek|pieliks|atgriež|atdod|"
                         r"ģenerē)[^\W\d_]*", re.IGNORECASE)


def ratio_figures(text: str, amounts: list[Amount]) -> Intervals:
    """The spans of the amounts that are a ratio's unit or its rate."""
    figures = []
    for unit in _UNIT.finditer(text):
        rate = next((a for a in amounts if a.start >= unit.end()), None)
        if rate is None or rate.start - unit.end() > RATE_REACH or rate.value >= RATE_LIMIT:
            continue
        between = text[unit.end():rate.start]
        if _CLAUSE_END.search(between) or not _RATIO_VERB.search(between):
            continue
        inside = [a for a in amounts if a.start >= unit.start() and a.end <= unit.end()]
        figures += [(a.start, a.end) for a in inside]
        figures.append((rate.start, rate.end))
    return Intervals(figures)
