"""A second figure in words without its currency, told right after an amount in the same sentence:
"Laipai vajag 8000 latu, bet pietiktu ar pieciem tūkstošiem." — the five thousand are lats too.
Only a digit word before a scale word in an oblique plural ("pieciem tūkstošiem", "divus miljonus";
budgets.toml [number_words] elliptic_scales) that closes the clause (a mark after it, no noun it
could count: "ar pieciem tūkstošiem apmeklētāju" is people), near an amount of the same order."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from ..vocabulary import load
from .in_words import number_word, words_value
from .numbers import Amount, as_number


@lru_cache(maxsize=1)
def _scale() -> re.Pattern:
    scales = load("budgets")["number_words"]["elliptic_scales"]
    return re.compile(rf"(?<![^\W\d_])(?:{scales})(?=[ \t]*(?:[.,;!?)]|$))", re.IGNORECASE | re.MULTILINE)


REACH = 60
WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def elliptic_word_amounts(text: str, before: Callable[[int], Amount | None],
                          carries: Callable[[str, Amount | None, int], bool]) -> Iterator[Amount]:
    for m in _scale().finditer(text):
        scale = number_word(m.group())
        if scale is None or scale[0] != "scale":
            continue
        parts, start = [scale], m.start()
        while (w := WORD_BEFORE.search(text, max(0, start - 30), start)) and (part := number_word(w.group(1))):
            parts.insert(0, part)
            start = w.start(1)
        if not any(kind == "add" for kind, _ in parts):
            continue  # "ar tūkstošiem" alone counts nothing
        previous = before(start)
        value = words_value(parts)
        # (a second figure follows its amount closely: a clause or two, never a later topic)
        if carries(text, previous, start) and start - previous.end <= REACH \
                and previous.value * 10 >= value >= previous.value / 10:
            yield Amount(as_number(value), previous.currency, start, m.end())  # (halves: "pusotra miljona")
