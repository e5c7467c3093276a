"""The generic word ("pasākums") retelling the occurrence told last by its own noun: "biedrība
14. aprīlī rīkos semināru. … Tūlīt pēc pasākuma piedāvās atpūtas vakaru" — "pasākuma" is the
seminar. Asked by after_other for an anchor whose own kind no dated event has."""
from __future__ import annotations

import bisect

from .lexicon import generic_types
from .noun_mention import NounMention


def told_ends(by_kind: dict[str, list]) -> tuple[list[int], list[str]]:
    """The ends of all dated events in text order, and each one's kind: one list for every anchor.
    Of events ending at the same point, the kind told first comes first."""
    rows = sorted((e.span.end, rank, kind) for rank, (kind, events) in enumerate(by_kind.items()) for e in events)
    return [row[0] for row in rows], [row[2] for row in rows]


def retold_kind(anchor: NounMention, ends: list[int], kinds: list[str]) -> str | None:
    """The kind of the dated event told last before `anchor`, when `anchor` is the generic word
    (`ends`, `kinds`: told_ends; O(log n))."""
    if anchor.kind not in generic_types():
        return None
    j = bisect.bisect_right(ends, anchor.start) - 1
    return kinds[bisect.bisect_left(ends, ends[j])] if j >= 0 else None
