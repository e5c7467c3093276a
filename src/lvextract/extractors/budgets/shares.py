"""The shares of an amount: "85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē
valsts". Each percentage after the amount takes as its source the fund the funding vocabulary
finds beside it; the amount of a share ("85 % jeb 729 825,54 EUR") has no shares of its own."""
from __future__ import annotations

import bisect
import re

from ...record import Share
from ..vocabulary import Mention
from .numbers import Amount, as_number

PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|procent\w*)", re.IGNORECASE)


def _sources(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start) that lie within [start, end)."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, end, key=lambda m: m.start)
    return [m for m in mentions[first:last] if m.end <= end]


# What may stand between a fund and the percentage after it: "ESF finansējums – 85 %".
FUND_THEN_PERCENT = re.compile(r"^[\s–—:\-]*(?:(?:finansējum\w*|līdzfinansējum\w*|daļa|ir|sastāda|veido)[\s–—:\-]*)*$", re.I)
# "85 % jeb 729 825,54 EUR": the amount of a share, which carries no shares of its own.
SHARE_AMOUNT = re.compile(r"\d\s?%\s*(?:jeb|vai|–|-)\s*$")


def is_share_amount(text: str, amount: Amount) -> bool:
    return bool(SHARE_AMOUNT.search(text[max(0, amount.start - 20):amount.start]))


def find_shares(text: str, amount: Amount, region_end: int, mentions: list[Mention]) -> list[Share]:
    """Percentages after the amount, each with the fund named beside it.

    The fund usually follows its percentage ("85 % ir ESF finansējums", "85 % jeb 729 825 EUR
    ir ERAF finansējums"); a fund right before the first percentage ("ESF finansējums – 85 %,
    valsts līdzfinansējums – 15 %") puts every fund first.
    """
    percents = [p for p in PERCENT.finditer(text, amount.end, region_end)]
    if not percents:
        return []
    bounds = [p.start() for p in percents[1:]] + [region_end]
    forward = [_sources(mentions, p.end(), b) for p, b in zip(percents, bounds)]
    backward_bounds = [amount.end] + [p.end() for p in percents[:-1]]
    backward = [[m for m in _sources(mentions, b, p.start()) if FUND_THEN_PERCENT.match(text[m.end:p.start()])]
                for p, b in zip(percents, backward_bounds)]
    fund_first = bool(backward[0])
    shares: list[Share] = []
    for i, p in enumerate(percents):
        candidates = backward[i][-1:] if fund_first else forward[i][:1]
        if not candidates:
            continue
        percent = as_number(float(p.group(1).replace(",", ".")))
        if 0 < percent <= 100:
            shares.append(Share(percent=percent, source=candidates[0].id))
    return shares
