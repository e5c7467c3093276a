"""budgets: money amounts with their currency, kind and shares (RECORD.md, "Budgets").

An amount is a number with a currency word next to it ("4 486 638 Eiro", "EUR 12 000",
"1,2 milj. eiro"), so percentages, hours, head counts, phone numbers and years, which carry
none, are not money. The currency words, scale words and kind cues are data
(data/budgets.toml). Shares ("85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē
valsts") are read from the rest of the amount's sentence and the sentence after it, their
source being the fund the funding vocabulary finds beside each percentage.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..lemmas import stem
from ..record import Budget, Record, Share
from ..spans import Intervals
from ..temporal.vocabulary import grouped_alternation
from . import funding
from .vocabulary import Mention, load

SPACE = "[ \u00a0\u202f\u2009\u2007]"  # the spaces that group thousands: normal, NBSP, thin, figure
NUMBER = (
    rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?:,\d+|\.\d{{1,2}}(?!\d))?"  # 4 486 638 / 1 234 567,89 / 1 907 056.73
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"  # 1.234.567 (dots group thousands)
    r"|\d+(?:[.,]\d+)?"  # 500000 / 1,2 / 1.5
)
PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|procent\w*)", re.IGNORECASE)
WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Amount:
    value: int | float
    currency: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str], list[tuple[re.Pattern, int]]]:
    data = load("budgets")
    currency_of = {w.lower(): code for code, words in data["currencies"].items() for w in words}
    words = sorted(currency_of, key=len, reverse=True)
    currency = grouped_alternation(words)
    scales = [(re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE), int(factor))
              for factor, pats in data["multipliers"].items()]
    # Longer words first, so that "miljardi" is not read as "milj." and a rest.
    scale = "|".join(f"(?:{p})" for p in sorted((p for pats in data["multipliers"].values() for p in pats), key=len, reverse=True))
    # Word edges that also hold for "€" and "$", which \b does not frame.
    cur = rf"(?<![^\W\d_])(?P<cur>{currency})(?![^\W\d_])"
    num = rf"(?<![\d.,\w])(?P<num>{NUMBER})(?![\d])"
    scl = rf"(?:{SPACE}*(?P<scale>{scale})(?![\w]))?"
    after = re.compile(rf"{num}{scl}{SPACE}*(?:,-{SPACE}*)?{cur}", re.IGNORECASE)
    before = re.compile(rf"{cur}{SPACE}*{num}{scl}", re.IGNORECASE)
    return after, before, currency_of, scales


def parse_number(text: str) -> float:
    digits = re.sub(SPACE, "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", digits):
        digits = digits.replace(".", "")
    return float(digits.replace(",", "."))


def _as_number(value: float) -> int | float:
    value = round(value, 2)
    return int(value) if value == int(value) else value


def find_amounts(text: str) -> list[Amount]:
    after, before, currency_of, scales = _patterns()
    found: list[Amount] = []
    taken = Intervals()

    def keep(amount: Amount) -> None:
        found.append(amount)
        taken.add(amount.start, amount.end)

    for regex in (after, before):
        for m in regex.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            factor = next((f for pattern, f in scales if pattern.fullmatch(m["scale"])), 1) if m["scale"] else 1
            code = currency_of[re.sub(r"\s+", " ", m["cur"].lower())]
            keep(Amount(_as_number(parse_number(m["num"]) * factor), code, m.start(), m.end()))
            if regex is after:
                for listed in _listed_before(text, m.start(), code, factor):
                    if not taken.overlaps(listed.start, listed.end):
                        keep(listed)
    return sorted(found, key=lambda a: a.start)


LISTED = re.compile(rf"(?<![\d.,\w])({NUMBER})\s*(?:,|\bun\b|\bvai\b)\s*$")


def _listed_before(text: str, start: int, currency: str, factor: float) -> list[Amount]:
    """Amounts that share the currency of the one after them: "150, 100 un 50 eiro"."""
    listed = []
    while True:
        m = LISTED.search(text, max(0, start - 40), start)
        if not m:
            return listed
        listed.append(Amount(_as_number(parse_number(m.group(1)) * factor), currency, m.start(1), m.end(1)))
        start = m.start()


@lru_cache(maxsize=1)
def _kind_cues() -> dict[str, list[tuple[str, ...]]]:
    return {kind: [tuple(stem(w) if w != "..." else w for w in re.findall(r"\.\.\.|\w+", cue)) for cue in cues]
            for kind, cues in load("budgets")["kind"].items()}


def _has_cue(stems: list[str], cue: tuple[str, ...]) -> bool:
    """The cue's words in a row; "..." lets any words stand between two of them."""
    if "..." in cue:
        first, rest = cue[:cue.index("...")], cue[cue.index("...") + 1:]
        n = len(first)
        return any(tuple(stems[i:i + n]) == first and _has_cue(stems[i + n:], rest)
                   for i in range(len(stems) - n + 1))
    n = len(cue)
    return any(tuple(stems[i:i + n]) == cue for i in range(len(stems) - n + 1))


def budget_kind(clause: str) -> str:
    stems = [stem(w) for w in WORDS.findall(clause)]
    for kind in ("total", "funding"):
        if any(_has_cue(stems, cue) for cue in _kind_cues()[kind]):
            return kind
    return "other"


def _clause_before(text: str, sentence_start: int, amount: Amount, previous_end: int) -> str:
    """The words before the amount that can say what it is: back to the sentence start,
    the previous amount or a semicolon, whichever is nearest."""
    start = max(sentence_start, previous_end)
    semicolon = text.rfind(";", start, amount.start)
    return text[max(start, semicolon + 1):amount.start]


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
        percent = _as_number(float(p.group(1).replace(",", ".")))
        if 0 < percent <= 100:
            shares.append(Share(percent=percent, source=candidates[0].id))
    return shares


def extract(doc: Document, record: Record) -> None:
    text = doc.text
    dates = Intervals((d.span.start, d.span.end) for d in record.dates)
    amounts = [a for a in find_amounts(text) if not dates.overlaps(a.start, a.end)]
    if not amounts:
        return
    mentions = sorted(funding.find_mentions(doc), key=lambda m: m.start)
    # For each amount, where the next amount of its own (not a share's amount) starts.
    next_own_start: list[int | None] = [None] * len(amounts)
    upcoming = None
    for n in range(len(amounts) - 1, -1, -1):
        next_own_start[n] = upcoming
        if not is_share_amount(text, amounts[n]):
            upcoming = amounts[n].start
    previous_end = 0
    for n, amount in enumerate(amounts):
        index = doc.sentence_index(amount.start)
        sentence_start = doc.sentences[index].start if index is not None else 0
        kind = budget_kind(_clause_before(text, sentence_start, amount, previous_end))
        shares: list[Share] = []
        if not is_share_amount(text, amount):
            # Shares run to the end of the next sentence, but never into the next amount
            # of its own (the amounts of shares, "85 % jeb 729 825 EUR", do not stop them).
            last = min((index or 0) + 1, len(doc.sentences) - 1) if doc.sentences else None
            region_end = doc.sentences[last].end if last is not None else len(text)
            if next_own_start[n] is not None:
                region_end = min(region_end, next_own_start[n])
            shares = find_shares(text, amount, region_end, mentions)
        record.budgets.append(Budget(amount=amount.value, currency=amount.currency, kind=kind,
                                     shares=shares, span=doc.span(amount.start, amount.end)))
        previous_end = amount.end
