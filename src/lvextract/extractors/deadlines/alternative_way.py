"""A second way of the same act offered after "vai" with the term told again: "Pieteikumi
jāiesniedz līdz 15. janvārim birojā vai jānosūta pa pastu tā, lai tie tiktu saņemti līdz
15. janvārim". The second "līdz" restates the day of the first in the same sentence; the act is
the first one named ([coordination] alternative in deadlines.toml says the same of one "līdz"),
so the second gives no deadline of its own. Another day ("… vai nosūtīt pa pastu līdz 10. janvārim")
or another sentence keeps its own."""
from __future__ import annotations

import re

from ..deadline_cues import pattern

# How far the second way's verb may stand after the first term's day.
GAP = 240
# A sentence's end or a line break between the two: another sentence's term.
BREAK = re.compile(r"[.!?](?:\s|$)|\n")


def restated_alternative(text: str, first_end: int, action_start: int) -> bool:
    """Whether the action at `action_start` is offered after "vai" ([coordination]
    restated_alternative) right after the first term's day ending at `first_end`, in the same
    sentence: a bounded read of the gap between them."""
    if not 0 <= action_start - first_end <= GAP:
        return False
    gap = text[first_end:action_start]
    if BREAK.search(gap.rstrip(" \t")):
        return False
    joined = _restated().search(gap)
    # another act named before "vai" ("…, dalības maksa jāsamaksā vai jāpārskaita līdz …"): its own term
    return joined is not None and _DEBITIVE.search(gap, 0, joined.start()) is None


_DEBITIVE = re.compile(r"(?<![^\W\d_])jā[^\W\d_]{3,}")


def _restated() -> re.Pattern:
    return pattern("coordination", "restated_alternative", r"{}$")
