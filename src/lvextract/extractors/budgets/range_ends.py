"""The other ends of a range or list whose currency one amount says, for amounts.py: the upper
end after a currency that heads the range ("EUR 10 000 – 15 000"), and the numbers before an
amount that share its currency ("150, 100 un 50 eiro", "no 6 000 līdz 20 000 eiro"), the lower
end in words too ("no diviem līdz 65 eiro"), and whether of two amounts found the second closes
the range the first opens (range_upper). The mirror, a list after its amount, is listed_after.

O(1) per amount: each reads a bounded window (40 characters back, one match forward).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .currencies import patterns, scale_alternation
from .in_words import number_word
from .numbers import NUMBER, RANGE_JOINER, SPACE, Amount, as_number, parse_money, parse_number
from .under_header import units_after


# The upper end of a range after a currency that heads it: "EUR 10 000 – 15 000", "no EUR 500
# līdz 3000 vienam projektam".
# (the joiner in any case: "EUR 500 Līdz 3000" in a heading typed in title case)
_JOINER = rf"{SPACE}*{RANGE_JOINER}{SPACE}*"
RANGE_UPPER = re.compile(rf"{_JOINER}(?<![\d.,])(?P<num>{NUMBER})(?![\d])", re.IGNORECASE)
# "no 2 500 līdz 15 000 eiro", "500–1000 eiro": only the joiner between two amounts (the lower end's
# span holds its own currency, if any).
_JOINER_ONLY = re.compile(_JOINER, re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_after_upper() -> re.Pattern:
    """What after the upper end makes it another thing: a currency or a scale word of its own
    (that amount stands alone) or a unit or count ("EUR 150 – 20 dalībniekiem")."""
    currency_of, scale = patterns()[2], scale_alternation()
    words = "|".join(re.escape(w) for w in sorted(currency_of, key=len, reverse=True))
    return re.compile(rf"{SPACE}*(?:(?:{words}|{scale})(?![^\W\d_])|{units_after().pattern})", re.IGNORECASE)


def range_upper_after(text: str, end: int, currency: str, factor: float, lower: float) -> Amount | None:
    """The upper end of "EUR 10 000 – 15 000": a number after a dash or "līdz", nothing after it
    that makes it something else, not smaller than the lower end (a range ascends)."""
    m = RANGE_UPPER.match(text, end)
    if m is None or _not_after_upper().match(text, m.end()):
        return None
    value = parse_money(m["num"], int(factor))
    return Amount(as_number(value), currency, m.start("num"), m.end("num")) if value >= lower else None


# "150, 100 un 50 eiro", "1000; 2000 vai 3000 eiro", "20/15/10 EUR" (a slash glued between the
# numbers), and the lower end of a range: "no 6 000 līdz 20 000 eiro", "6 000–20 000 eiro".
# Each item may be labelled by its year: "2019. gadā 12 000, 2020. gadā 15 000 un 2021. gadā 18 000
# eiro" (YEAR_LABEL: a year and "gadā"/"gadam", a colon or dash after it; a year only, as any
# other word before an item may tell what it counts: "12 dalībnieki, maksa 15 eiro").
# (not a clock time's minutes: "pēc 21:00 – 1,50 Ls")
YEAR_LABEL = r"(?:19|20)\d\d\.?\s*gad(?:ā|am|s|a|u)(?!\w)(?:\s*[:–—-])?\s*"
LISTED = re.compile(rf"(?<![\d.,:\w])({NUMBER})(?:\s*(?:,|;|\bun\b|\bvai\b|(?<=\d)\s*[–—-]|(?<=\d)\s+līdz(?:\s+pat)?\b)"
                    rf"\s*(?:{YEAR_LABEL})?|(?<=\d)/)$")
# How far back from an amount the item before it may end (a year's label included).
LISTED_REACH = 60
# "līdz" ("līdz pat") joins a range only after "no": "no 6 000 līdz 20 000 eiro", "no 8 līdz pat 32
# latiem" (not "palielinot līdz …").
UP_TO = re.compile(r"līdz(?:\s+pat)?\s*$")
# (or "uz" that a verb of aiming governs: "pretendēt uz 200 000 līdz 5 000 000 eiro lielu atbalstu";
# or a copula or a label's colon or dash that states the range as what a thing is: "pabalsta apmērs
# ir 500 līdz 1000 eiro", "Dalības maksa: 5 līdz 8 eiro" — data/budgets.toml [range] lower_after.
# After "par" the first number is no lower end: "pieauga par 15 līdz 40 eiro".)
@lru_cache(maxsize=1)
def _range_from() -> re.Pattern:
    words = "|".join(load("budgets")["range"]["lower_after"])
    return re.compile(rf"(?:(?<!\w)(?:{words})|[:–—-])\s*$", re.IGNORECASE)


# The lower end of a range in words before an amount in digits: "no diviem līdz 65 eiro", and
# without "no" in the genitive that "no" governs: "biļetes divu līdz 10 eiro apmērā".
WORD_LOWER = re.compile(r"(?<!\w)(?P<from>no\s+)?(?P<word>\w+)\s+līdz(?:\s+pat)?\s*$", re.IGNORECASE)


def word_lower_before(text: str, start: int, currency: str, factor: float) -> list[Amount]:
    m = WORD_LOWER.search(text, max(0, start - 40), start)
    if m is None:
        return []
    part = number_word(m["word"])
    if part is None or part[0] != "add" or not (m["from"] or _genitive_number().fullmatch(m["word"])
                                                  or _agrees_with_scale(m["word"], text, start)):
        return []
    return [Amount(as_number(part[1] * factor), currency, m.start("word"), m.end("word"))]


# "izmaksāt piecus līdz 13 miljonus latu": without "no", a lower end in the case of the upper
# end's scale word (accusative or dative plural) is the same range.
_SCALE_AFTER = re.compile(r"[\d \u00a0.,]+([^\W\d_]+)")
_AGREEING_ENDINGS = ("us", "iem")


def _agrees_with_scale(word: str, text: str, start: int) -> bool:
    scale = _SCALE_AFTER.match(text, start, start + 40)
    if scale is None or number_word(scale.group(1)) is None or number_word(scale.group(1))[0] != "scale":
        return False
    ending = next((e for e in _AGREEING_ENDINGS if word.lower().endswith(e)), None)
    return ending is not None and scale.group(1).lower().endswith(ending)


@lru_cache(maxsize=1)
def _genitive_number() -> re.Pattern:
    """A digit word in the genitive plural ("divu", "piecu", "triju"): data/budgets.toml [number_words]."""
    return re.compile(load("budgets")["number_words"]["genitive"], re.IGNORECASE)


def listed_before(text: str, start: int, currency: str, factor: float) -> list[Amount]:
    """Amounts that share the currency of the one after them: "150, 100 un 50 eiro"."""
    listed = []
    while True:
        m = LISTED.search(text, max(0, start - LISTED_REACH), start)
        if not m or (UP_TO.search(m.group(0)) and not _range_from().search(text, max(0, m.start() - 12), m.start())):
            return listed
        listed.append(Amount(as_number(parse_number(m.group(1)) * factor), currency, m.start(1), m.end(1)))
        start = m.start()


def range_upper(text: str, previous_end: int, amount: Amount) -> bool:
    """Whether the amount may be the upper end of a range whose lower end ends at `previous_end`
    (the caller checks that it is not smaller: "223 milj. eiro – 75 milj. eiro …" is a part)."""
    return 0 < amount.start - previous_end <= 20 and \
        _JOINER_ONLY.fullmatch(text, previous_end, amount.start) is not None
