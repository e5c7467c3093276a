"""Every amount of a text, in text order: numbers with their currency before or after them
("4 486 638 Eiro", "EUR 12 000", "1,2 milj. eiro", "1 miljons 300 tūkstoši eiro"), numbers that
share the currency of a neighbour ("150, 100 un 50 eiro"; "10,2 miljoni eiro, … – 8,2 miljoni"),
then amounts in words and amounts under a currency heading where no amount stands yet."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import first_chars
from ...spans import Intervals, Neighbours
from ..vocabulary import load
from .carried import carried_currency, carries, cued_money_carried, cued_money_carried_back, money_shaped_carried
from .currencies import (cents_after, glued_to_word, patterns, scale_before_currency, scale_factor,
                         spelled_in_brackets)
from .elliptic_words import elliptic_word_amounts
from .glued_cells import glued_cell_amounts
from .in_words import amounts_in_words, number_word
from .listed_after import listed_after
from .partitive import partitive_amounts
from .range_ends import listed_before, range_upper_after, word_lower_before
from .numbers import SPACE, Amount, as_number, parse_money, parse_number
from .under_header import amounts_under_header


@lru_cache(maxsize=1)
def _larger_before() -> re.Pattern:
    """A whole number of a larger unit right before an amount: "1 miljons" in "1 miljons 300
    tūkstoši eiro", "5 tūkstoši" in "5 tūkstoši 200 eiro" (data/budgets.toml larger_units)."""
    units = "|".join(load("budgets")["larger_units"])
    return re.compile(rf"(?<![\d.,\w])(?P<num>\d{{1,3}}){SPACE}+(?P<scale>{units}){SPACE}+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _larger_word_before() -> re.Pattern:
    """The larger unit said in words right before an amount: "miljons" in "miljons 250 tūkstoši
    eiro" (one), "divi miljoni" in "divi miljoni 300 tūkstoši eiro" (a digit word before it)."""
    units = "|".join(load("budgets")["larger_units"])
    return re.compile(rf"(?<![\d.,\w])(?:(?P<word>[^\W\d_]+){SPACE}+)?(?P<scale>{units}){SPACE}+$", re.IGNORECASE)


# A larger unit alone counts one only in the singular nominative: "miljons 250 tūkstoši".
@lru_cache(maxsize=1)
def _one_unit() -> re.Pattern:
    return re.compile("|".join(load("budgets")["larger_units_singular"]), re.IGNORECASE)


def _larger_count(m: re.Match) -> tuple[int, int] | None:
    """How many of the larger unit a `_larger_before`/`_larger_word_before` match says, and where
    that count begins; None when it says no number ("miljonu 250 tūkstoši": a genitive without its
    count). A word before the unit that is no digit word ("ir miljons …") is not part of it."""
    if m.groupdict().get("num"):
        return int(m["num"]), m.start()
    part = number_word(m["word"]) if m["word"] else None
    if part is not None and part[0] == "add":
        return part[1], m.start("word")
    return (1, m.start("scale")) if _one_unit().fullmatch(m["scale"]) else None


# A number that opens with a zero and another digit is the tail of a longer one that the finder
# could not start on (a flattened table glues a date before it), never an amount of its own.
LEADING_ZERO = re.compile(r"0\d")


# A year's number before a currency code that an amount of three digits or more follows: "2014 EUR
# 15 000" is the year and the amount of a table's row, the currency standing before the amount (the
# `before` finder). Only in a row's shape: the code in capitals ("EUR", "LVL") and the amount closing
# its line or followed by the next row's year ("2016 EUR 12 500 2017 EUR 13 000"). "2000 EUR 3
# mēnešiem" keeps its amount, and so does "Pabalsts 2000 EUR 150 ģimenēm" (a count of whom it is for).
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
CAPITAL_CODE = re.compile(r"[A-Z]{3}")
AMOUNT_NEXT = re.compile(r"[^\S\n]*:?[^\S\n]*(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{3,})(?![\d%])"
                         r"(?:[.,]\d\d(?!\d))?[^\S\n]*[.,;]?[^\S\n]*(?:\n|\Z|(?:19|20)\d\d(?!\d))")
# … not another year after it: "2014 eiro 2015. gadā" is an amount and the next year.
NEXT_YEAR = re.compile(r"[^\S\n]*:?[^\S\n]*(?:19|20)\d\d(?:\.|[^\S\n]*g)")


def _year_before_amount(text: str, m: re.Match) -> bool:
    return YEAR_NUMBER.fullmatch(m["num"]) is not None and not m["scale"] \
        and CAPITAL_CODE.fullmatch(m["cur"]) is not None \
        and AMOUNT_NEXT.match(text, m.end()) is not None and NEXT_YEAR.match(text, m.end()) is None


# A number's spelling in brackets opens them: a number word among their first two words.
SPELLING_OPENS = 2


def find_amounts(text: str) -> list[Amount]:
    after, before, currency_of, _scales = patterns()
    found: list[Amount] = []
    taken = Intervals()

    def keep(amount: Amount) -> None:
        found.append(amount)
        taken.add(amount.start, amount.end)

    # "3098,00 (trīs tūkstoši deviņdesmit astoņi euro)": the digits, in the currency the
    # brackets name; the words in the brackets are not read again.
    for m in first_chars.finditer(spelled_in_brackets(), text):
        words = re.findall(r"\w+", m["words"])
        if not any(number_word(w) for w in words[:SPELLING_OPENS]):
            # "15 (no tiem daži par euro)": no number in words, no spelling; nor where the brackets open
            # with other words ("tālruni 90001234 (maksa par zvanu pieci eiro)": a price of its own; the
            # spelling's first word may be misspelt, "(piecii simti divpadsmit euro …)")
            continue
        code = currency_of[re.sub(r"\s+", " ", m["cur"].lower())]
        keep(Amount(as_number(parse_money(m["num"])), code, m.start("num"), m.end("num")))
        taken.add(m.end("num"), m.end())
    # Before the finders below, which would read the amount's tail alone ("…0160 000 EUR" → "000").
    for amount in glued_cell_amounts(text):
        if not taken.overlaps(amount.start, amount.end):
            keep(amount)
    for regex in (after, before):
        # `after` opens with a digit: tried only at digits (first_chars); `before` at every
        # letter a currency can begin with would cost more than its own scan.
        for m in first_chars.finditer(regex, text) if regex is after else regex.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            if regex is before and text[m.end("cur"):m.start("num")] in ("", ".") and not _glued_code(m["cur"]):
                continue
            if LEADING_ZERO.match(m["num"]):
                continue  # "…2024.60 000 EUR" in a flattened table: "000" is a tail, no amount
            if regex is after and _year_before_amount(text, m):
                continue  # "Budžets 2014 EUR 15 000": the year's number, the amount after the currency
            if _denomination().match(text, m.end()):
                continue  # "kalt jaunu 1 lata apgrozības monētu": a coin's face value, no money told
            factor = scale_factor(m["scale"])
            prescale = scale_before_currency().search(text, max(0, m.start() - 16), m.start()) \
                if regex is before and factor == 1 else None
            if prescale is not None:
                factor = scale_factor(prescale["scale"])
            code = currency_of[re.sub(r"\s+", " ", m["cur"].lower())]
            # A unit price keeps three decimals ("1,459 EUR/l", "1,125 eiro litrā"): no thousands there.
            per_unit = _per_unit().match(text, m.end())
            value = parse_number(m["num"]) * factor if per_unit else parse_money(m["num"], factor)
            start = prescale.start() if prescale is not None else m.start()
            # "1 miljons 300 tūkstoši eiro": a larger unit before the amount adds to it; and a still
            # larger one before that: "13 miljonu 69 tūkstoši 507 lati" (each unit larger than the
            # last, so at most one step per scale word).
            floor = factor
            # The larger unit may be said in words: "miljons 250 tūkstoši eiro".
            while regex is after and (larger := _larger_before().search(text, max(0, start - 30), start)
                                      or _larger_word_before().search(text, max(0, start - 40), start)):
                unit, counted = scale_factor(larger["scale"]), _larger_count(larger)
                if unit <= floor or counted is None or taken.overlaps(counted[1], start):
                    break
                value, start, floor = value + counted[0] * unit, counted[1], unit
            # "… sporta halles būvniecībai – 907⏎479 latus": a hard-wrapped line broke the thousands.
            wrapped = _wrapped_thousands(text, start) if regex is after and factor == 1 and start == m.start() \
                and re.fullmatch(r"\d{3}(?:,\d{2})?", m["num"]) else None
            if wrapped is not None and not taken.overlaps(wrapped.start(), start):
                value, start = value + int(wrapped["num"]) * 1000, wrapped.start("num")
            end = m.end()
            # (not after decimals: "908,50 lati un 25 santīmi" says its cents twice, the first one holds)
            if regex is after and factor == 1 and not per_unit and value == int(value) \
                    and (cents := cents_after().match(text, end)):
                value, end = value + int(cents["cents"]) / 100, cents.end()  # "908 lati un 25 santīmi"
            keep(Amount(as_number(value), code, start, end))
            if regex is before:
                upper = range_upper_after(text, m.end(), code, factor, value)
                if upper is not None and not taken.overlaps(upper.start, upper.end):
                    keep(upper)
            for listed in listed_after(text, m.end(), code, factor):
                if not taken.overlaps(listed.start, listed.end):
                    keep(listed)
            if regex is after and start == m.start():
                listed_here = listed_before(text, m.start(), code, factor)
                if not listed_here:
                    # "no diviem līdz 65 eiro", "piecu līdz 25 eiro": the lower end in words.
                    listed_here = word_lower_before(text, m.start(), code, factor)
                for listed in listed_here:
                    if not taken.overlaps(listed.start, listed.end):
                        keep(listed)
    for m in first_chars.finditer(glued_to_word(), text):
        if not taken.overlaps(m.start(), m.end()):
            code = currency_of[re.sub(r"\s+", " ", m["cur"].lower())]
            keep(Amount(as_number(parse_number(m["num"])), code, m.start(), m.end()))
    for amount in carried_currency(text, found, taken):
        keep(amount)
    for amount in money_shaped_carried(text, found, taken):
        keep(amount)
    for amount in cued_money_carried(text, found, taken):
        keep(amount)
    for amount in cued_money_carried_back(text, found, taken):
        keep(amount)
    for amount in list(partitive_amounts(text, taken, Neighbours(found).before, carries)) if found else []:
        keep(amount)
    for amount in amounts_in_words(text):
        # "10 000 000 LVL (desmit miljoni latu)": the words in brackets repeat the amount.
        repeated = re.search(r"\(\s*$", text[max(0, amount.start - 3):amount.start]) and taken.overlaps(
            max(0, amount.start - 40), amount.start)
        if not repeated and not taken.overlaps(amount.start, amount.end):
            keep(amount)
    for amount in list(elliptic_word_amounts(text, Neighbours(found).before, carries)) if found else []:
        if not taken.overlaps(amount.start, amount.end):
            keep(amount)
    for amount in amounts_under_header(text):
        if not taken.overlaps(amount.start, amount.end):
            keep(amount)
    return sorted(found, key=lambda a: a.start)


# The head of a number whose thousands a hard wrap moved to the next line: one to three digits
# ending a line, after a word or a dash, the line long enough to be wrapped prose (not a table's
# cell: "Dalībnieki⏎120⏎500 EUR" stays two numbers).
WRAPPED_HEAD = re.compile(r"(?:[^\W\d_]|[–—-])[ \u00a0]+(?P<num>\d{1,3})[ \t]*\n[ \t]*$")
WRAPPED_LINE = 40


def _wrapped_thousands(text: str, start: int) -> re.Match | None:
    m = WRAPPED_HEAD.search(text, max(0, start - 12), start)
    if m is None:
        return None
    line_start = text.rfind("\n", 0, m.start("num")) + 1
    return m if m.start("num") - line_start >= WRAPPED_LINE else None


@lru_cache(maxsize=1)
def _per_unit() -> re.Pattern:
    """What after an amount makes it a price per unit: "/l", "par litru", "litrā", "kWh"
    (data/budgets.toml [per_unit])."""
    data = load("budgets")["per_unit"]
    after_par, glued = "|".join(data["after_par"]), "|".join(data["words"])
    return re.compile(rf"\s*(?:/|par\s+(?:{after_par})|(?:{glued})\w*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _denomination() -> re.Pattern:
    """A coin or a note right after an amount's currency makes the amount its face value: "1 lata
    apgrozības monēta", "2 eiro piemiņas monētas" (data/budgets.toml [denomination])."""
    data = load("budgets")["denomination"]
    between, words = "|".join(data["between"]), "|".join(data["words"])
    return re.compile(rf"[ \t]+(?:(?:{between})[^\W\d_]*[ \t]+)?(?:{words})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _glued_codes() -> frozenset[str]:
    """A number glued to the currency before it ("EUR100", a page that lost the space) counts after
    a currency code or sign only: "EURO2024" names a championship, not a sum (data/budgets.toml)."""
    return frozenset(load("budgets")["glued_codes"])


def _glued_code(currency: str) -> bool:
    return currency.lower() in _glued_codes()
