"""A part of an amount told right after it without a currency: "Projekta izmaksas ir 200 000
latu, no tiem 167 006 ir ERAF līdzfinansējums" — the part is in the currency of the whole. Only
grouped thousands ("167 006", "12 500,50") after a partitive cue (budgets.toml [partitive]), maybe
with the part's own cost words between ("no tām attiecināmās 1 500 000"), and only where a verb or
a fund follows the number, not a noun it may count."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from ...spans import Intervals
from ..vocabulary import load
from .numbers import SPACE, Amount, as_number, parse_number


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = load("budgets")["partitive"]
    cues = "|".join(f"(?:{c})" for c in data["cues"])
    follow = "|".join(re.escape(w) for w in data["follow_words"])
    part = "|".join(f"(?:{w})" for w in data["part_words"])
    return re.compile(rf"(?<!\w)(?:{cues})[ \t,:–—-]*(?:(?:{part})[ \t,:–—-]+){{0,2}}(?P<num>\d{{1,3}}(?:{SPACE}\d{{3}})+(?:,\d{{2}})?)(?![\d\w%])"
                      rf"(?=[ \t]*(?:[,.;:()–—-]|$|(?:{follow})(?!\w)))", re.IGNORECASE | re.MULTILINE)


def partitive_amounts(text: str, taken: Intervals, before: Callable[[int], Amount | None],
                      carries: Callable[[str, Amount | None, int], bool]) -> Iterator[Amount]:
    """The parts, each in the currency of the amount that ends last before it (`before`), when
    that currency still carries there (`carries`: the same sentence, near)."""
    for m in _pattern().finditer(text):
        if taken.overlaps(m.start("num"), m.end("num")):
            continue
        previous = before(m.start("num"))
        if carries(text, previous, m.start("num")):
            yield Amount(as_number(parse_number(m["num"])), previous.currency, m.start("num"), m.end("num"))
