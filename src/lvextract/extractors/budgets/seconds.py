"""A count of seconds written "sek" ("5 min+3 sek" in a chess game's time control, "apsteidza par
2 sek" in a race's results) is no Swedish money: "sek" in small letters is seconds, unless the text
speaks of Swedish money elsewhere ("250 000 SEK, vietējie sponsori – 40 000 sek"; the cues:
[seconds] in data/budgets.toml). Capitals ("SEK") and the crowns' words stay money."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .numbers import Amount


@lru_cache(maxsize=1)
def _swedish_money() -> re.Pattern:
    data = load("budgets")["seconds"]
    return re.compile("|".join(data["swedish_money"]))


@lru_cache(maxsize=1)
def _names_swedish_money(text: str) -> bool:
    # (once per text, not per amount: a results table may hold thousands of "sek"; a str keeps its hash)
    return _swedish_money().search(text) is not None


def seconds(text: str, amount: Amount) -> bool:
    """Whether the amount is a count of seconds: its currency word is "sek" in small letters and
    the text names no Swedish money."""
    return amount.currency == "SEK" and text.endswith("sek", amount.start, amount.end) \
        and not _names_swedish_money(text)
