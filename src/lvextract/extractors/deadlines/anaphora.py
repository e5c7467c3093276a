"""A pronoun before the cue ("Tagad tas ir līdz 1. aprīlim") that takes the action of the term
named in the clause before ("… pagarināts pieteikumu iesniegšanas termiņš")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ..deadline_cues import vocabulary
from .actions import ActionMention, last_before
from .matches import any_between, spans_of


@lru_cache(maxsize=1)
def _anaphora() -> tuple[re.Pattern, re.Pattern]:
    v = vocabulary()["anaphora"]
    return re.compile(v["pronoun"], re.IGNORECASE), re.compile(rf"(?<!\w){v['term']}", re.IGNORECASE)


def anaphoric_action(doc: Document, bounds: tuple[int, int], cue_start: int) -> ActionMention | None:
    """"… pagarināts pieteikumu iesniegšanas termiņš. Tagad tas ir līdz 1. aprīlim": a pronoun
    before the cue takes the action of the term named in the clause before (same paragraph).
    Pronouns and terms are found once per document; each date bisects: O(log n)."""
    pronoun, term = _anaphora()
    if not any_between(spans_of(doc, "deadlines.pronouns", pronoun), bounds[0], cue_start):
        return None
    previous = layout(doc).neighbour_clause(bounds, -1)
    if previous is None:
        return None
    starts, _ends = spans_of(doc, "deadlines.terms", term)
    i = bisect.bisect_left(starts, previous[1]) - 1
    if i < 0 or starts[i] < previous[0]:
        return None
    noun = last_before(doc, starts[i], max(previous[0], starts[i] - 40))
    if noun is None or doc.text[noun.end:starts[i]].strip():
        return None
    return noun
