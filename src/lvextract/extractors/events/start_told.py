"""An occurrence's start told at an hour of its own after the day named it ("Sestdien, 7. jūnijā, no
pulksten 10 aicināti piedalīties velobraucienā. … Pulksten 11 tiks dots starts velobraucienam"): the
noun after the start word ([start_told] words) is the day's occurrence again, not a second one at
that hour. Not when the day's occurrence was itself told by its start ("Plkst. 10 starts bērnu
skrējienam, plkst. 11 starts pieaugušo skrējienam": two races). O(1) per noun."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = literals(vocabulary()["start_told"]["words"])
    # The start word, then at most three words (an ordinal, a town's genitive) before the noun.
    before = re.compile(rf"(?<!\w)(?:{words})\s+(?:[^\W\d_]+\s+){{0,3}}$", re.IGNORECASE)
    anywhere = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    return before, anywhere


def start_of_known(text: str, noun_start: int, known) -> bool:
    """Whether the noun at `noun_start` is told as the start of `known` (the day's occurrence of
    its kind)."""
    before, anywhere = _patterns()
    if not before.search(text, max(0, noun_start - 60), noun_start):
        return False
    if known.span is None:
        return True
    # Its own span, or the words right before it when the span is the noun alone (a programme's item).
    return anywhere.search(known.span.text) is None \
        and not before.search(text, max(0, known.span.start - 60), known.span.start)
