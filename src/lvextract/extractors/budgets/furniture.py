"""A news site's subscription offer ("Abonements 30 dienām – EUR 5,99") is page furniture: the
price of reading the site, not money the text tells of ([furniture] in data/budgets.toml). Read
on the amount's own line only, a bounded look either side."""
from __future__ import annotations

import re
from functools import lru_cache

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
