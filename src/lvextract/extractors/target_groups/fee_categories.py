"""A group named as a ticket's price category pays less; the occurrence is for everyone: "Ieejas
maksa 3 EUR, skolēniem un pensionāriem 2 EUR", "Biļetes: 5 EUR, studentiem, senioriem – 3 EUR". A
mention counts so where, on its line, a word of entry or of tickets (`fee_words`, target_groups.toml
[context]; beginnings of lower-case words) stands before it, and after it come at most more
categories of the list and then an amount with its currency; or, the category said first, a fee word and
its price or "bez maksas" after it ("Bērniem līdz 7 gadiem ieeja bez maksas"). A fee of taking part ("dalības maksa
bērniem 5 EUR") is paid by those who take part, and they stay served. The look is bounded
(FEE_REACH characters each way), so a long line of many groups stays linear."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.money import framed_currency
from ..vocabulary import load
from ...word_regex import alternation, last_match
from .reader import Reader

FEE_REACH = 80  # characters before the mention to the fee word; after it to the amount
LABEL_WORDS, LABEL_BLANKS = 3, 2  # a label above: its most words, and blank lines under it
AMOUNT = r"\d+(?:[.,]\d+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    c = load("target_groups")["context"]
    fee = re.compile(r"(?<![^\W\d_])(?:" + alternation(c["fee_words"]) + ")", re.I)
    taking_part = re.compile(r"(?<![^\W\d_])(?:" + alternation(c["participation_fee_words"]) + ")", re.I)
    currency = framed_currency()
    # more categories of the list ("…, studentiem un pensionāriem"), then the price in either order;
    # an item is no joining word, so a run of "un" cannot be read in many ways (no backtracking blow-up)
    item = r"(?!(?:un|vai)(?!\w))[^\W\d_]+"
    price = re.compile(rf"(?:\s*(?:,|/|\bun\b|\bvai\b)\s*{item}(?:\s+{item})?)*+\s*[,:–—-]?\s*"
                       rf"(?:{AMOUNT}\s*{currency}|{currency}\s*{AMOUNT})", re.I)
    return fee, taking_part, price


@lru_cache(maxsize=1)
def _price_items() -> re.Pattern:
    """A line's start made only of price categories and their prices, then more categories joined
    to the mention; each item one word or two, so the match cannot be read in many ways."""
    currency = framed_currency()
    word = r"(?!(?:un|vai)(?!\w))[^\W\d_]+"
    category = rf"{word}(?:\s+{word})?"
    priced = rf"{category}\s*[,:–—-]?\s*(?:{AMOUNT}\s*{currency}|{currency}\s*{AMOUNT})\s*[,;]?\s*"
    return re.compile(rf"[ \t]*(?:[-–•*][ \t]+)?(?:{priced})*+(?:{category}\s*(?:,|\bun\b|\bvai\b)\s*)*+", re.I)


def fee_category(reader: Reader, f) -> bool:
    """Whether mention `f` is a price category of a ticket or an entry: a fee word before it in its
    sentence and on its line, no word of a fee for taking part after that ("Ieeja bez maksas. Dalības
    maksa bērniem 5 EUR": the children pay to take part, they are served)."""
    fee, taking_part, price = _patterns()
    text = reader.doc.text
    start, end = f.mention.start, f.mention.end
    floor = max(text.rfind("\n", max(0, start - FEE_REACH), start) + 1, start - FEE_REACH)
    index = reader.doc.sentence_index(start)
    if index is not None:
        floor = max(floor, reader.doc.sentences[index].start)
    last = last_match(fee, text, floor, start)
    if last is None and _fee_after().match(text, end, min(len(text), end + FEE_REACH)):
        return True  # "Bērniem līdz 7 gadiem ieeja bez maksas": the category first, then its fee
    if last is None:
        # under a label the line is the price list itself: before the mention only other
        # categories with their prices ("Pieaugušajiem 3 EUR, skolēniem un …")
        line_start = text.rfind("\n", max(0, start - FEE_REACH - 1), start) + 1  # (a bounded look back)
        if start - line_start > FEE_REACH or not _price_items().fullmatch(text, line_start, start) \
                or not _label_above(text, line_start, fee):
            return False
    elif taking_part.search(text, last.end(), start):
        return False
    after = text[end:end + FEE_REACH].split("\n", 1)[0]
    return price.match(after) is not None


@lru_cache(maxsize=1)
def _fee_after() -> re.Pattern:
    """What follows a price category said before its fee: more categories (one word each, no fee
    word), an age bound ("līdz 7 gadiem", "līdz 7 gadu vecumam", "(3-6 g.)"), then a fee word and a price or "bez maksas"
    ("Bērniem un senioriem ieeja bez maksas", "Skolēniem biļete – 2 EUR"). A fee of taking part is
    no fee word here: "Bērniem dalība bez maksas" leaves the children served."""
    c = load("target_groups")["context"]
    fee = alternation(c["fee_words"])
    currency = framed_currency()
    item = rf"(?!(?:un|vai)(?!\w))(?!(?:{fee}))[^\W\d_]+"
    age = r"(?:\s+(?:vecumā\s+)?(?:(?:no|līdz)\s+\d+\s*(?:(?:-|–|līdz)\s*\d+\s*)?gad[^\W\d_]*(?:\s+vecum[^\W\d_]*)?|\(\s*\d+\s*(?:[-–]\s*\d+\s*)?(?:g\.|gad[^\W\d_]*)?\s*\)))?"
    free = rf"(?:bez\s+maksas|bezmaksas|{AMOUNT}\s*{currency}|{currency}\s*{AMOUNT})"
    return re.compile(rf"(?:\s*(?:,|\bun\b|\bvai\b)\s*{item})*+{age}\s*[,:–—-]?\s*(?<![^\W\d_])(?:{fee})[^\W\d_]*"
                      rf"(?:\s+maksa)?\s*[:–—-]?\s*{free}", re.I)


def _label_above(text: str, line_start: int, fee: re.Pattern) -> bool:
    """Whether the nearest line with words above the line starting at `line_start` is a short
    label of a fee ("Cena", "Biļetes:"), read past at most LABEL_BLANKS blank lines."""
    end = line_start - 1
    for _ in range(LABEL_BLANKS + 1):
        if end < 0:
            return False
        lo = text.rfind("\n", max(0, end - FEE_REACH), end)
        if lo < 0 and end > FEE_REACH:
            return False
        line = text[lo + 1:end].strip()
        if line:
            return len(line.split()) <= LABEL_WORDS and fee.match(line) is not None
        end = lo
    return False
