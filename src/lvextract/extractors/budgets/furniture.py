"""A news site's subscription offer ("Abonements 30 dienām – EUR 5,99") is page furniture: the
price of reading the site, not money the text tells of ([furniture] in data/budgets.toml); so is
a site menu's rubric of a currency word and a year ("Eiro 2014"). Read on the amount's own line
only, a bounded look either side."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ...layout import short_line
from ..vocabulary import load
from .numbers import Amount

LINE_REACH = 120  # a furniture line is short; a longer one is prose and never read whole


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, int]:
    data = load("budgets")["furniture"]
    words = re.compile(r"(?<![^\W\d_])(?:" + "|".join(data["words"]) + ")", re.IGNORECASE)
    periods = re.compile(r"(?<![^\W\d_])(?:" + "|".join(data["periods"]) + r")(?![^\W\d_])", re.IGNORECASE)
    return words, periods, int(data["max_words"])


def subscription_offer(text: str, amount: Amount) -> bool:
    """Whether the amount's line is a short subscription offer with its period of access: it opens
with the subscription word and is no sentence."""
    line = short_line(text, amount.start, amount.end, LINE_REACH)
    if line is None:
        return False
    words, periods, max_words = _patterns()
    # (a banner opens with its offer and is no sentence: "Bibliotēka piedāvā abonementu 10 eiro gadam."
    # and "Abonementu var iegādāties par 10 eiro gadā." tell of money)
    return len(line.split()) <= max_words and words.match(line) is not None and not line.endswith(".") \
        and periods.search(line) is not None


# A site menu's rubric names a topic and its year on a line of its own ("Eiro 2014", "Euro 2002"):
# a currency word written as a title (a capital, then small letters: not the code "EUR") before
# a year, nothing else on the line. "EUR 2014" alone stays an amount (a table's cell), and so
# does "Eiro 2500" (no year).
_RUBRIC = re.compile(rf"(?-i:[{UPPER}][{LOWER}]{{3,}})[ \u00a0]+(?:19|20)\d\d")  # a word, not "Ls", "Eur"


# A menu prints its rubrics as a list, each after its bullet: "- Eiro 2014".
_MENU_BULLET = re.compile(r"[-–—•·▪*][ \t]*")


def menu_rubric(text: str, amount: Amount) -> bool:
    """Whether the amount is a menu's rubric: a capitalised currency word and a year alone on a line,
    after a list's bullet or none."""
    line = short_line(text, amount.start, amount.end, LINE_REACH)
    if line is None:
        return False
    bullet = _MENU_BULLET.match(line)
    if bullet is not None:
        line = line[bullet.end():]
    return line == text[amount.start:amount.end] and _RUBRIC.fullmatch(line) is not None
