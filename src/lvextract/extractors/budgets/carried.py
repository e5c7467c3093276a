"""Amounts whose currency a neighbour says, for amounts.py: a currency said once for a list of
scaled amounts ("izglītībai 10,2 miljoni eiro, uzņēmējdarbībai – 8,2 miljoni"), money-shaped numbers
("12 149,22") shortly after an amount in the same sentence, and those a cost or funding clause cues,
after or before an amount in a text of one currency; `carries` also for partitive.py and elliptic_words.py."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ...spans import Intervals, Neighbours
from ..vocabulary import load
from .currencies import scale_alternation, scale_factor
from .kinds import budget_kind
from .numbers import NUMBER, SPACE, Amount, as_number, parse_number
from .under_header import units_after

# How far after an amount with its currency a scaled amount may take that currency.
CARRY_REACH = 150
# A sentence's end: its stop and a capital after it (an abbreviation's dot before a lower-case
# word ends none).
_SENTENCE_END = rf"[.!?]\s+(?=[{UPPER}])"
# Where a sentence or paragraph ends between two amounts: the currency does not carry over.
_SENTENCE_BREAK = re.compile(rf"{_SENTENCE_END}|\n\s*\n")


@lru_cache(maxsize=1)
def _scaled_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a scaled number without a currency, a scale word anywhere)."""
    scale = scale_alternation()
    # The scale word ends the phrase ("– 8,2 miljoni.", "125 tūkstoši – …") or a verb of being
    # follows it ("5,1 miljons tiks Liepājai"; data/budgets.toml [carried_scale]): a noun after it
    # counts something else ("1,9 miljoni iedzīvotāju").
    # So does a partitive cue that makes it a part of the amount before ("13 miljoni eiro, 6,3
    # miljoni no tiem – ERAF finansējums"; data/budgets.toml [partitive] cues).
    data = load("budgets")
    verbs = "|".join([re.escape(w) for w in data["carried_scale"]["follow_words"]] + data["partitive"]["cues"])
    bare = re.compile(rf"(?<![\d.,\w])(?P<num>{NUMBER}){SPACE}+(?P<scale>{scale})(?![\w])"
                      rf"(?=\s*(?:[.,;:–—)-]|\bun\b|$|(?:{verbs})(?![^\W\d_])))", re.IGNORECASE)
    return bare, re.compile(rf"(?<![\w])(?:{scale})(?![\w])", re.IGNORECASE)


def _within_reach(text: str, start: int, end: int) -> bool:
    """Whether a currency said at one end of text[start:end] carries to a number at the other:
    within CARRY_REACH, in the same sentence."""
    return end - start <= CARRY_REACH and not _SENTENCE_BREAK.search(text[start:end])


def carries(text: str, previous: Amount | None, start: int) -> bool:
    """Whether the currency of `previous` carries to a number at `start`."""
    return previous is not None and _within_reach(text, previous.end, start)


def carried_currency(text: str, found: list[Amount], taken: Intervals) -> list[Amount]:
    """"izglītībai 10,2 miljoni eiro, uzņēmējdarbībai – 8,2 miljoni": a scaled amount without a
    currency, in the same sentence shortly after a scaled amount with one, is in that currency.
    So is one shortly before such an amount, when no other number stands between: a list whose
    currency is said once, at its end ("Jelgavai 2,5 miljonus, bet Gulbenei – 1,1 miljonu latu").
    One pass over the scaled numbers, a bisection into the amounts found per number."""
    if not found:
        return []
    bare, scale_word = _scaled_patterns()
    neighbours = Neighbours(found)
    before, after = neighbours.before, neighbours.after
    carried = []
    for m in bare.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        source = before(m.start())
        if not carries(text, source, m.start()) or not scale_word.search(text, source.start, source.end):
            source = after(m.end())
            # (back only from an amount of the same scale: "2,5 miljonus, bet … 1,1 miljonu latu",
            # not "1,9 miljonus iedzīvotāju …, bet budžets – 9 miljardi eiro")
            if source is None or not _carries_back(text, m.end(), source) \
                    or not (later := scale_word.search(text, source.start, source.end)) \
                    or scale_factor(later.group()) != scale_factor(m["scale"]):
                continue
        factor = scale_factor(m["scale"])
        carried.append(Amount(as_number(parse_number(m["num"]) * factor), source.currency, m.start(), m.end()))
    return carried


# A digit between a bare scaled number and the amount after it: another figure stands between.
_DIGIT = re.compile(r"\d")


def _carries_back(text: str, end: int, following: Amount, brackets_aside: bool = False) -> bool:
    """Whether the currency of `following` carries back to a number ending at `end`: within
    reach, no other number between — with `brackets_aside`, none but in a bracketed remark
    (_BRACKETS)."""
    if not _within_reach(text, end, following.start):
        return False
    between = text[end:following.start]
    return not _DIGIT.search(_BRACKETS.sub("", between) if brackets_aside else between)


def _money_after_amount(text: str, pattern: re.Pattern, found: list[Amount], taken: Intervals):
    """The numbers `pattern` reads as money that stand without a currency — not taken, no unit or
    count after them (list_header.not_after) — each with the amount found right before it and
    the number's value: (match, previous amount, value). The carrying rules below choose among them."""
    before = Neighbours(found).before
    units = units_after()
    for m in pattern.finditer(text):
        if taken.overlaps(m.start(), m.end()) or units.match(text, m.end()):
            continue
        previous = before(m.start())
        if previous is not None:
            yield m, previous, as_number(parse_number(m.group(0).removesuffix(",-")))


# A number only money is written as: grouped thousands with two decimals or ",-" ("12 149,22",
# "453 952,-"). Without a currency of its own it takes the currency of the amount before it in
# the same sentence ("… 858 618,29 EUR (…), neattiecināmās izmaksas 12 149,22 (…)").
MONEY_ONLY = re.compile(rf"(?<![\d.,\w])\d{{1,3}}(?:{SPACE}\d{{3}})+(?:,\d{{2}}|,-)(?![\d\w%])")


def money_shaped_carried(text: str, found: list[Amount], taken: Intervals) -> list[Amount]:
    """Money-shaped numbers without a currency, shortly after an amount with one in the same
    sentence, in that currency."""
    if not found:
        return []
    return [Amount(value, previous.currency, m.start(), m.end())
            for m, previous, value in _money_after_amount(text, MONEY_ONLY, found, taken)
            if carries(text, previous, m.start())]


# A number written as money only (cents: "3464,42", "12 149,22", "453 952,-"), not a year's
# part of a date ("2014,15. gadā"), after a cost or funding word of its own clause: "Finansējums
# no pašvaldības līdzekļiem ir 3464,42 (25%)". In a text whose amounts all name one currency
# ("… Ls 10 393,26 (75%) apmērā …"), it is in that currency even in the next sentence. A decimal
# point serves too after grouped thousands ("293 346.69"): only grouped, so that no date ("12.05")
# is read as money.
MONEY_CENTS = re.compile(rf"(?<![\d.,\w])(?:\d{{1,3}}(?:{SPACE}\d{{3}})+(?:[,.]\d{{2}}|,-)|\d{{3,}},\d{{2}})(?![\d\w%])"
                         rf"(?!\.\s*[{LOWER}\d])")
# How far back an amount with the currency may stand, in the same paragraph.
CUED_REACH = 400
# Where the clause before the number begins: a sentence's end, a semicolon or a line break.
_CLAUSE_BREAK = re.compile(rf"{_SENTENCE_END}|;\s+|\n")


def cued_money_carried(text: str, found: list[Amount], taken: Intervals) -> list[Amount]:
    """Money-shaped numbers without a currency whose clause says they are a cost or funding
    (a total or funding cue, data/budgets.toml [kind]), shortly after an amount in the same
    paragraph, in a text whose amounts all name one currency: that currency."""
    currencies = {a.currency for a in found}
    if len(currencies) != 1:
        return []
    (currency,) = currencies
    carried = []
    for m, previous, value in _money_after_amount(text, MONEY_CENTS, found, taken):
        between = text[previous.end:m.start()]
        if len(between) > CUED_REACH or re.search(r"\n\s*\n", between):
            continue
        if _cost_clause(text, previous.end, m.start()):
            carried.append(Amount(value, currency, m.start(), m.end()))
    return carried


def _cost_clause(text: str, floor: int, at: int) -> bool:
    """Whether the clause before `at` — from the last sentence end, semicolon or line break in the
    200 characters before it, never before `floor` — says what follows is a cost or funding
    (a total or funding cue, data/budgets.toml [kind])."""
    window_start = max(floor, at - 200)
    clause_start = window_start
    for b in _CLAUSE_BREAK.finditer(text, window_start, at):
        clause_start = b.end()
    return budget_kind(text[clause_start:at]) != "other"


def cued_money_carried_back(text: str, found: list[Amount], taken: Intervals) -> list[Amount]:
    """The mirror of cued_money_carried: a money-shaped number without a currency whose clause says
    it is a cost or funding, shortly BEFORE an amount with a currency in the same sentence, no other
    number between but a bracketed share and no contrast ("bet"), in a text whose amounts all name one currency: "ELFLA
    finansējums – 6239,00 (90 %) un pašvaldības līdzfinansējums – 623,90 EUR", "kopējās izmaksas:
    293 346.69, EEZ finansējums: 211 942.99 EUR" (a currency said once for the pair)."""
    currencies = {a.currency for a in found}
    if len(currencies) != 1:
        return []
    (currency,) = currencies
    after = Neighbours(found).after
    units = units_after()
    carried = []
    for m in MONEY_CENTS.finditer(text):
        if taken.overlaps(m.start(), m.end()) or units.match(text, m.end()):
            continue
        following = after(m.end())
        if following is None or not _carries_back(text, m.end(), following, brackets_aside=True) \
                or _CONTRAST.search(_BRACKETS.sub("", text[m.end():following.start])):
            continue
        if _cost_clause(text, 0, m.start()):
            carried.append(Amount(as_number(parse_number(m.group(0).removesuffix(",-"))), currency, m.start(), m.end()))
    return carried


# A contrast between the two ("1530,00 (20%), bet kopējās izmaksas Ls 7 650,00") joins two statements, no
# pair of one list: the currency of the second stays its own.
_CONTRAST = re.compile(r"(?<![^\W\d_])(?:bet|savukārt|taču|tomēr|turpretī|turpretim)(?![^\W\d_])", re.IGNORECASE)
# A bracketed remark between the two amounts ("(90 % atbalsta intensitāte)"): its numbers are no sums.
_BRACKETS = re.compile(r"\([^()\n]{0,80}\)")
