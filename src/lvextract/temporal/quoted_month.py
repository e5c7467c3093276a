"""A month's word inside a short quoted name ("koncerts „Jūnijā ziedi”", "izstāde „Maija
krāsas”"): a title's word, no date. A quote with a comma or a stop inside, or after a colon, is a
quoted sentence and keeps its dates; a month after a day's number ("„5. maijs …”") is a date and stays."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab

# A short quoted name: no comma, stop or colon inside, no line break.
_QUOTED = re.compile(r"[“„\"«]([^“”„\"«»\n,.;:!?]{2,60})[”\"»]")


@lru_cache(maxsize=1)
def _month_word() -> re.Pattern:
    months = vocab.alternation(sorted(vocab.month_forms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w\d])(?:{months})(?!\w)", re.IGNORECASE)


def quoted_month_spans(text: str) -> list[tuple[int, int]]:
    """The month words inside short quoted names, each once: O(quotes · quote length)."""
    spans = []
    for q in _QUOTED.finditer(text):
        body = q.group(1)
        if any(c.isdigit() for c in body):
            continue  # a day's or a year's number beside the month: a date in a title stays one
        if text[max(0, q.start() - 3):q.start()].rstrip().endswith(":"):
            continue  # words quoted after a colon are said, not named: teica: "Martā sāksim"
        spans += [(q.start(1) + m.start(), q.start(1) + m.end()) for m in _month_word().finditer(body)]
    return spans
