"""The generic word ("pasākums") retelling the occurrence told last by its own noun: "biedrība
14. aprīlī rīkos semināru. … Tūlīt pēc pasākuma piedāvās atpūtas vakaru" — "pasākuma" is the
seminar. Asked by after_other for an anchor whose own kind no dated event has."""
from __future__ import annotations

import bisect

from .lexicon import generic_types
from .noun_mention import NounMention


def retold_kind(anchor: NounMention, by_kind: dict[str, list], kind_ends: dict[str, list[int]]) -> str | None:
    """The kind of the dated event told last before `anchor`, when `anchor` is the generic word
    (O(kinds · log n))."""
    if anchor.kind not in generic_types():
        return None
    best, best_end = None, -1
    for kind, ends in kind_ends.items():
        j = bisect.bisect_right(ends, anchor.start) - 1
        if j >= 0 and ends[j] > best_end:
            best, best_end = kind, ends[j]
    return best
