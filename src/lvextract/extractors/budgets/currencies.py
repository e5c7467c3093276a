"""The currency patterns built from the language's money words (latvian/money.py): a number followed
by its currency ("4 486 638 Eiro", "1,2 milj. eiro"), a currency followed by its number ("EUR 12 000"),
the currency code of each currency word and the factor of each scale word."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian import money
from ...latvian.orthography import LOWER
from ..vocabulary import load
from .numbers import NUMBER, SPACE, SPACED_DECIMAL


@lru_cache(maxsize=1)
def scale_alternation() -> str:
    """The scale words ("milj.", "tūkstoši" …) as one alternation, longer words first, so that
    "miljardi" is not read as "milj." and a rest."""
    multipliers = money.scale_words()
    return "|".join(f"(?:{p})" for p in sorted((p for pats in multipliers.values() for p in pats), key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str], list[tuple[re.Pattern, int]]]:
    currency_of = money.currency_of()
    scales = [(re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE), factor)
              for factor, pats in money.scale_words().items()]
    scale = scale_alternation()
    cur = money.framed_currency("cur")
    scl = rf"(?:{SPACE}*(?P<scale>{scale})(?![\w]))?"
    # A line may break between the number and a currency word ("175 115\nlatus, lai …"), but
    # not before a currency that heads a number of its own on the next line ("…\nEUR 500").
    bare = money.framed_currency()
    gap = rf"(?:{SPACE}*|{SPACE}*\n{SPACE}*(?={bare}(?!{SPACE}*\d)))"
    # The number may be spelled out in brackets before the currency: "1 000 000 (viens miljons) EUR".
    # Not when the currency heads a number of its own: "2019 (pērn) EUR 500" is EUR 500.
    spelled = rf"(?:{SPACE}*\([^()\d\n]{{1,80}}\)(?={SPACE}*{bare}(?!{SPACE}*\d)))?"
    # The spaced decimal is tried when the plain number finds no currency right after it; before a
    # scale word any decimal comma may have a stray space after it ("14, 92 milj. eiro": no list
    # counts "14, 92 million").
    scaled_spaced = rf"\d{{1,3}},{SPACE}\d{{1,2}}(?={SPACE}*(?:{scale})(?![\w]))"
    spaced = rf"(?<![\d.,\w])(?P<num>{NUMBER}|{SPACED_DECIMAL}|{scaled_spaced})(?![\d])"
    # "5000,- EUR", "1000.- EUR": a dash for the cents. "175447.48.EUR": a point glued between
    # the number and its currency, as some tables and forms join them.
    # One adjective or participle in the genitive plural may stand between a number and its
    # currency word: "2,6 miljoni piesaistīto latu", "400 tūkstoši papildu eiro"
    # (data/budgets.toml [between_adjective]).
    between = rf"(?:{SPACE}+{between_adjective()})?"
    after = re.compile(rf"{spaced}{scl}{between}{spelled}(?:{gap}(?:[.,]-{SPACE}*)?|\.){cur}", re.IGNORECASE)
    # After a currency the number may be glued on ("EUR100", a page that lost the space), so
    # only a digit, a point or a comma before it spoils it, not a letter; a colon may stand
    # between them ("Cena EUR: 15"), and so may a dash, as price lists write a ticket's price
    # ("Pieaugušais Eur - 1.00", "Ieeja EUR – 2,50"); a hyphen spaced off, not one that joins a
    # code ("EUR-2024"); not before a year's number, told by the year's word or a range after it
    # ("EUR – 2019. gadā", "EUR – 2019.–2020."); a sum of 2000 that closes the sentence stays a sum
    # ("Granta apmērs EUR – 2000.").
    glued = rf"(?<![\d,])(?<![\d,]\.)(?<![^\w\s]\.)(?P<num>{NUMBER})(?![\d])"  # (a code's point alone before it)
    year = rf"(?:19|20)\d\d(?:\.?{SPACE}*(?:gad|g\.)|\.{SPACE}*[–—-])"
    dash = rf"(?:{SPACE}+-|{SPACE}*[–—]){SPACE}*(?=\d)(?!{year})"
    # A code's point glued to the number after it is a form's separator ("atbalsta apmērs – EUR.24300,00"):
    # no space on either side (a sentence's end, "… 41 milj. EUR. 2007. gadā", keeps its space), no year.
    dotted = rf"\.(?=\d)(?!{year})"
    before = re.compile(rf"{cur}(?:{SPACE}*:|{dash}|{dotted})?{SPACE}*{glued}{scl}", re.IGNORECASE)
    return after, before, currency_of, scales


@lru_cache(maxsize=1)
def between_adjective() -> str:
    """A word that qualifies the money between a number and its currency word ("piesaistīto",
    "papildu", "jaunu"): written small, in the genitive plural the number governs (the endings
    of data/budgets.toml [between_adjective]), so a noun counting something else, which takes
    no currency after it, does not stand there in a sentence."""
    data = load("budgets")["between_adjective"]
    endings = "|".join(data["endings"])
    # (only before a currency word written small: "15 dalībnieku EUR 20" is a count, then a price)
    return rf"(?-i:[{LOWER}]{{{int(data['min_stem'])},}}(?:{endings}))(?![^\W\d_])" \
           rf"(?={SPACE}+(?-i:[{LOWER}]))"


@lru_cache(maxsize=1)
def glued_to_word() -> re.Pattern:
    """A price glued to the word before it, as a flattened table runs a cell into the next
    ("Pieaugušais6,00 €"): only with two decimals and the currency right after, so that codes
    and counts ("LV1050", "COVID19") stay apart."""
    number = rf"\d{{1,3}}(?:{SPACE}\d{{3}})+[.,]\d{{2}}|\d+[.,]\d{{2}}"
    return re.compile(rf"(?<=[^\W\d_])(?P<num>{number}){SPACE}?{money.framed_currency('cur')}",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def scale_before_currency() -> re.Pattern:
    """A scale word right before a currency that heads its number, as a table's label names its
    unit: "Finansējums, tūkst. EUR: 350,5" is 350 500 EUR. Not after a number: "4,5 tūkst. latu"
    is that number's own scale. Searched backwards from the currency in a short window."""
    return re.compile(rf"(?<![\w\d])(?<!\d[ \u00a0])(?P<scale>{scale_alternation()}){SPACE}*$", re.IGNORECASE)


def scale_factor(word: str | None) -> int:
    """The factor a scale word multiplies by ("milj." → 1 000 000); 1 for none."""
    if not word:
        return 1
    return next((factor for pattern, factor in patterns()[3] if pattern.fullmatch(word)), 1)


@lru_cache(maxsize=1)
def cents_after() -> re.Pattern:
    """The cents said after a whole amount and its currency: "908 lati un 25 santīmi", "12 eiro
    un 5 centi" (data/budgets.toml cents_words); the amount is 908.25, one amount."""
    return re.compile(rf"{_cents()}(?!\w)", re.IGNORECASE)


def _cents() -> str:
    """" un 25 santīmi", " un 20 centi": the cents said after the whole amount (group `cents`)."""
    return rf"{SPACE}+un{SPACE}+(?P<cents>\d{{1,2}}){SPACE}+(?:{'|'.join(load('budgets')['cents_words'])})"


@lru_cache(maxsize=1)
def spelled_in_brackets() -> re.Pattern:
    """A number in digits whose spelling in words follows in brackets with the currency inside
    them: "3098,00 (trīs tūkstoši deviņdesmit astoņi euro)", "2788,20 (divi tūkstoši … euro un
    20 centi)". The currency is the amount's; the words only repeat it."""
    return re.compile(
        rf"(?<![\d.,\w])(?P<num>{NUMBER}){SPACE}*\((?P<words>[^()\d\n]{{1,160}}?){money.framed_currency('cur')}"
        rf"(?:{_cents()})?{SPACE}*\)", re.IGNORECASE)
