"""One clause telling two occurrences set against each other: "pagalmā notiks rokkoncerts, bet
vakarā kultūras namā – koncerts". The venue past the contrast is the second occurrence's, so the
first one looks for its venue only in its own part. O(log n) per event."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from .noun_mention import NounMention
from .nouns import all_noun_starts

# ", bet" / "; savukārt" / ", turpretī": a contrast opening the clause's second part.
CONTRAST = re.compile(r"[,;]\s+(?:bet|savukārt|turpretī|taču)\s")


def own_part(doc: Document, noun: NounMention, bounds: tuple[int, int]) -> tuple[int, int]:
    """The part of `bounds` the noun stands in, cut at a contrast that has another event noun on
    its far side; `bounds` itself when there is none."""
    lo, hi = bounds
    starts = all_noun_starts(doc)
    for m in CONTRAST.finditer(doc.text, lo, hi):
        if m.start() < noun.start:
            k = bisect.bisect_left(starts, lo)
            if k < len(starts) and starts[k] < m.start():  # an occurrence before the cut too
                lo = max(lo, m.end())
        else:
            k = bisect.bisect_left(starts, m.end())
            if k < len(starts) and starts[k] < hi:
                hi = m.start()
                break
    return lo, hi


def venues_in(groups: list[list[tuple[int, str]]], part: tuple[int, int]) -> list[list[tuple[int, str]]]:
    """The venue groups kept to the venues inside `part`."""
    return [[v for v in group if part[0] <= v[0] < part[1]] for group in groups]
