"""A tense word inside a relative clause that opens after the anchor ("30. septembrī norisinājās
skolu kauss – sacensības, ko jau piekto gadu organizē federācija"): the clause tells what is true of
the noun every year, not when the date's occurrence takes place, so the tense word before the
anchor tells it. O(REACH) per question."""
from __future__ import annotations

import re

from ...latvian.relatives import relative_pronoun

# A relative pronoun after a comma (the accusative "ko" and "kuru" too: "…, ko organizē …").
OPENING = re.compile(r",\s*" + relative_pronoun("nominative", "accusative", "locative") + r"\s", re.IGNORECASE)
# How far before the tense word the relative pronoun may stand.
REACH = 80
# A sentence end or a paragraph break (a single line break may only wrap the clause).
STOP = re.compile(r"[.!?;]|\n\s*\n")


def open_relative(opening: re.Pattern, stop: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last relative pronoun `opening` finds in text[lo:hi] when its clause is still open at `hi`
    (no `stop` between them). O(hi - lo)."""
    last = None
    for m in opening.finditer(text, lo, hi):
        last = m
    return last if last is not None and stop.search(text, last.end(), hi) is None else None


def in_relative_after(text: str, anchor: int, start: int) -> bool:
    """Whether the tense word at `start` stands in a relative clause opened between `anchor` and it."""
    return open_relative(OPENING, STOP, text, max(anchor, start - REACH), start) is not None
