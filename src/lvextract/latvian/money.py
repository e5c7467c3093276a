"""Money words: the currencies an amount is written in ("eiro", "latu", "Ls", "€", "евро") and
the scale words after a number ("milj.", "tūkstoši"), from data/money.toml.

Budgets reads amounts with them; projects, funding and the date grammar ask only whether a
number is money, and ask here, so that a currency spelling added once is known to all."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import datafiles
from ..first_chars import first_class
from ..word_regex import alternation


def _money() -> dict:
    return datafiles.latvian("money")


@lru_cache(maxsize=1)
def currency_of() -> dict[str, str]:
    """Every currency word (lower case) → its ISO 4217 code: "latu" → "LVL"."""
    return {word.lower(): code for code, words in _money()["currencies"].items() for word in words}


@lru_cache(maxsize=None)
def currency_alternation(*codes: str) -> str:
    """The words of these currencies (all when none is named) as one regex alternation, longer
    words first, for a case-insensitive match framed by the caller ("Ls." before "Ls")."""
    words = [word for word, code in currency_of().items() if not codes or code in codes]
    return alternation(words)


@lru_cache(maxsize=None)
def amount_pattern(*codes: str) -> re.Pattern:
    """A number then a word of these currencies ("3000 eiro", "1 500,00 EUR"), matched where the
    number opens: the funding rules ask whether a granting word is followed by a sum, and must
    agree on what a sum is. The number is one bounded pass (a space inside it only before a digit),
    so that a run of spaces or of numbers without a currency is no square of backtracking.
    Where the number may end, one class test of the next character (the first characters a scale
    or currency word can open with, first_chars.first_class) stands before the word alternations: a
    number with no currency after it ("1. 2. 3. 4.") backtracks over its 25 steps without trying
    them at each (the same matches; 7x less time per failed match)."""
    # (a scale word may stand between: "40 miljonu eiro", "1,3 milj. eiro" — data/money.toml [multipliers])
    scales = "|".join(fragment for fragments in scale_words().values() for fragment in fragments)
    word = r"(?:(?:" + scales + r")(?![^\W\d_])\s*)?(?:" + currency_alternation(*codes) + r")(?![^\W\d_])"
    first = first_class(re.compile(word, re.I))
    return re.compile(r"\d(?:[\d.,]|[ \u00a0]+(?=\d)){0,24}\s*" + (f"(?={first})" if first else "") + word, re.I)


def framed_currency(group: str | None = None, *codes: str) -> str:
    """The currency words (those of `codes`, all when none) framed by letters only: "€" and "$"
    are no word characters, so \\b would not frame them, and "12EUR" or "EUR100" still count.
    With `group` the words are that named group."""
    opening = f"?P<{group}>" if group else "?:"
    return rf"(?:(?<![^\W\d_])|{_CAMEL_CODE}){_not_currency()}({opening}{currency_alternation(*codes)})(?![^\W\d_])"


@lru_cache(maxsize=1)
def _not_currency() -> str:
    """A code written small with a full stop abbreviates a word of the language instead: "35,93sek." is
    seconds in a race's results, never Swedish crowns (codes are written in capitals, or small without
    a stop). The words are money.toml's [not_abbreviations]."""
    return "".join(rf"(?!(?-i:{word})\.)" for word in _money()["not_abbreviations"]["words"])


def unit_not_money(text: str, code: str, start: int, end: int) -> bool:
    """Whether the amount text[start:end] of currency `code` is a count of a unit instead: its
    currency word closes it written small as one of [not_abbreviations] that abbreviate a word without
    a stop too ("5 min+3 sek" is seconds), and the text names that money nowhere else. Capitals
    ("SEK") and the currency's words stay money."""
    return any(currency_of().get(word) == code and text.endswith(word, start, end)
               and not _names_money(word, text) for word in _money_named())


@lru_cache(maxsize=None)
def _money_named() -> dict[str, re.Pattern]:
    cues = _money()["not_abbreviations"]["unless_money_named"]
    return {word: re.compile("|".join(patterns)) for word, patterns in cues.items()}


@lru_cache(maxsize=4)
def _names_money(word: str, text: str) -> bool:
    # (once per text, not per amount: a results table may hold thousands of "sek"; a str keeps its hash)
    return _money_named()[word].search(text) is not None


# A flattened table glues a cell's label to the code in the next cell ("finansējumsEUR 5000"): a code
# in capitals right after a small letter opens a currency too (still matched as a currency word).
_CAMEL_CODE = r"(?<=[a-zāčēģīķļņšūž])(?=(?-i:[A-Z]{3})(?![^\W\d_]))"


@lru_cache(maxsize=1)
def scale_words() -> dict[int, list[str]]:
    """The factor of each group of scale words (regex fragments) → the fragments."""
    return {int(factor): patterns for factor, patterns in _money()["multipliers"].items()}
