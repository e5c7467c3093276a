"""A ticket to a day's occurrence ("saņem atlaidi biļetei uz 30. jūnija spēli", "biļetes uz šī gada
12. marta koncertu"): selling or giving a ticket to it says it takes place, as "notiks" does, so a
noun that needs a verb of taking place dates the day's genitive before it (taking_place.py). The ticket's
word starts are events.toml [ticket_to] words; after "uz", at most `reach` words (a year, "šī
gada") before the day's number. Without a day right after "uz" ("biļetes uz koncertu nopērkamas no
5. maija") it says nothing of the clause's days. O(text)."""
from __future__ import annotations

import re
from ...word_regex import gated_finditer
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _ticket() -> re.Pattern:
    words = vocabulary()["ticket_to"]
    return re.compile(rf"(?<!\w)(?:{literals(words['words'])})\w*\s+(uz)\s+(?:\S+\s+){{0,{int(words['reach'])}}}?\d{{1,2}}\.",
                      re.IGNORECASE)


def ticket_to(text: str) -> list[int]:
    """Where the "uz" of each ticket to a day's occurrence stands."""
    return [m.start(1) for m in gated_finditer(_ticket(), text)]
