"""The shares of an amount: "85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē
valsts". Each percentage after the amount takes as its source the fund the funding vocabulary
finds beside it; the amount of a share ("85 % jeb 729 825,54 EUR") has no shares of its own."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from ...record import Share
from ...word_regex import last_match
from ..vocabulary import Mention, load
from .numbers import Amount, as_number

PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|procent\w*)", re.IGNORECASE)


def _sources(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start) that lie within [start, end)."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, end, key=lambda m: m.start)
    return [m for m in mentions[first:last] if m.end <= end]


@lru_cache(maxsize=1)
def _fund_then_percent() -> re.Pattern:
    """What may stand between a fund and the percentage after it: "ESF finansējums – 85 %"
    (data/budgets.toml fund_to_percent_words)."""
    words = "|".join(load("budgets")["fund_to_percent_words"])
    # (an opening bracket too: "no ESF (85 %) un valsts budžeta līdzekļiem (15 %)"; and the closing one
    # of the fund's short name: "Eiropas Sociālā fonda (ESF) daļa sasniedz 85 %")
    return re.compile(rf"^[\s–—:(\-]*(?:\)[\s–—:(\-]*)?(?:(?:{words})[\s–—:(\-]*)*$", re.I)


# "85 % jeb 729 825,54 EUR": the amount of a share, which carries no shares of its own.
SHARE_AMOUNT = re.compile(r"\d\s?%\s*(?:jeb|vai|–|-)\s*$")


# "8 500 EUR (85 %)", "900 EUR jeb 90 %", "900 EUR vai 90 %": a percentage in brackets or as the
# amount said otherwise, right after the amount: the amount's own share.
OWN_SHARE = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*|,?[ \u00a0]*(?:jeb|vai|t\.[ \u00a0]?i\.)[ \u00a0]+)"
                       r"\d{1,3}(?:[.,]\d+)?[ \u00a0]?(?:%|procent\w*)(?:[ \u00a0]*\))?", re.IGNORECASE)


# A fund said right after a percentage, "ir" at most between: "… jeb 85 % ir ESF+ finansējums",
# "… jeb 15 % valsts budžeta finansējums" — that percentage's fund, and so is each fund after it
# before the clause ends (its short name in brackets: "Eiropas Sociālā fonda Plus (ESF+)").
_PERCENT_THEN_FUND = re.compile(r"[ \t]*(?:(?:ir|sastāda|veido)[ \t]+)?")
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:un|bet)\b")


def _said_of_percent(text: str, fund: Mention, lo: int, mentions: list[Mention]) -> bool:
    """Whether the fund belongs to the last percentage in [lo, fund.start): a fund right after
    that percentage, and the fund in the same clause."""
    last = last_match(PERCENT, text, lo, fund.start)
    if last is None or _CLAUSE_BREAK.search(text, last.end(), fund.start):
        return False
    first = _sources(mentions, last.end(), fund.end)[:1]
    return bool(first) and _PERCENT_THEN_FUND.fullmatch(text, last.end(), first[0].start) is not None


def is_share_amount(text: str, amount: Amount) -> bool:
    return bool(SHARE_AMOUNT.search(text[max(0, amount.start - 20):amount.start]))


def find_shares(text: str, amount: Amount, region_end: int, mentions: list[Mention],
                sentence_end: Callable[[int], int | None] | None = None,
                clause_start: int | None = None) -> list[Share]:
    """Percentages after the amount, each with the fund named beside it.

    The fund usually follows its percentage ("85 % ir ESF finansējums", "85 % jeb 729 825 EUR
    ir ERAF finansējums"), in the percentage's own sentence (`sentence_end`, the document
    layout's: a fund in the next sentence pays for another amount); a fund right before the first percentage ("ESF
    finansējums – 85 %, valsts līdzfinansējums – 15 %") puts every fund first. A percentage in
    brackets right after the amount ("līdzfinansē ERAF 8 500 EUR (85 %)") is that amount's own
    share, paid by the fund named in the amount's clause before it (from `clause_start`), when
    the clause names one.
    """
    percents = [p for p in PERCENT.finditer(text, amount.end, region_end)]
    if not percents:
        return []
    bounds = [p.start() for p in percents[1:]] + [region_end]
    if sentence_end is not None:
        bounds = [b if (end := sentence_end(p.start())) is None else min(b, end) for p, b in zip(percents, bounds)]
    forward = [_sources(mentions, p.end(), b) for p, b in zip(percents, bounds)]
    backward_bounds = [amount.end] + [p.end() for p in percents[:-1]]
    backward = [[m for m in _sources(mentions, b, p.start()) if _fund_then_percent().match(text[m.end:p.start()])]
                for p, b in zip(percents, backward_bounds)]
    fund_first = bool(backward[0])
    bracket = OWN_SHARE.match(text, amount.end)
    own = bracket is not None and bracket.end() >= percents[0].end()
    shares: list[Share] = []
    taken = None  # the fund the previous percentage took
    for i, p in enumerate(percents):
        candidates = backward[i][-1:] if fund_first else forward[i][:1]
        if fund_first and not candidates and i:
            # "No ERAF saņemtais finansējums sastāda 85%, bet 15% sastāda pašvaldības …": a later
            # percentage with no fund right before it names its fund after it.
            candidates = forward[i][:1]
        if not fund_first and candidates and i + 1 < len(percents) and candidates[0] in backward[i + 1]:
            # "fonda finansējums 75 % apmērā un valsts budžeta līdzfinansējums 25 % apmērā": the fund
            # after this percentage stands right before the next one, so it is the next one's (this
            # one's fund, said before it with more words between, is not known: no source).
            candidates = []
        elif not fund_first and not candidates and i and backward[i] and backward[i][-1] is not taken:
            # ... and the next percentage takes that fund, said right before it
            candidates = backward[i][-1:]
        if i == 0 and own and clause_start is not None:
            # "ESF finansējums 85 000 EUR (85%) un valsts … 15 000 EUR (15%)": the fund before the
            # amount pays its own share; a fund after the bracket belongs to the next amount, so
            # a fund with no id before it ("ELFLA finansējums Ls 89 581 (75%) un pagasta …")
            # leaves the share without a source, not with the next amount's.
            # A fund said right after the previous amount's own percentage is that one's ("170 000
            # EUR jeb 85 % ir ESF+ finansējums un 30 000 EUR jeb 15 % valsts budžeta finansējums");
            # with none before, a fund right after this amount's own "jeb N %" is its own.
            candidates = ([m for m in _sources(mentions, clause_start, amount.start)
                           if not _said_of_percent(text, m, clause_start, mentions)][-1:]
                          or _sources(mentions, amount.end, bracket.end()))
            if not candidates and not bracket.group().lstrip(" \u00a0").startswith("(") and forward[0] \
                    and _said_of_percent(text, forward[0][0], amount.end, mentions):
                candidates = forward[0][:1]
        taken = candidates[0] if candidates else None
        if not candidates:
            continue
        percent = as_number(float(p.group(1).replace(",", ".")))
        if 0 < percent <= 100:
            shares.append(Share(percent=percent, source=candidates[0].id))
    return shares
