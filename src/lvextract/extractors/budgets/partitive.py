"""A part of an amount told right after it without a currency: "Projekta izmaksas ir 200 000
latu, no tiem 167 006 ir ERAF līdzfinansējums" — the part is in the currency of the whole. Only
grouped thousands ("167 006", "12 500,50") after a partitive cue (budgets.toml [partitive]), maybe
with the part's own cost words between ("no tām attiecināmās 1 500 000"), and only where a verb or
a fund follows the number, not a noun it may count. The whole is the nearest number before the cue:
where another number stands between ("budžets ir 50 000 eiro, un tajā iesaistīti 3 500 skolēnu, no
tiem daļa 1 200 ir …"), the cue parts that number — a count, not money."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from ...spans import Intervals
from ..vocabulary import load
from .numbers import SPACE, Amount, as_number, parse_number

# A number between the amount and the cue, which the cue may part instead; a year ("2024. gadā")
# counts nothing and is let pass.
_OTHER_NUMBER = re.compile(r"(?<![\d.,])\d[\d \u00a0\u202f\u2009]*(?:[.,]\d+)?(?!\.\s*g(?:ad|\.))")


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
        if carries(text, previous, m.start("num")) and not _OTHER_NUMBER.search(text, previous.end, m.start()):
            yield Amount(as_number(parse_number(m["num"])), previous.currency, m.start("num"), m.end("num"))
