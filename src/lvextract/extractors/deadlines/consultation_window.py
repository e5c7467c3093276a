"""A public consultation's window whose act a later sentence names: "Publiskās apspriešanas
termiņš noteikts no 26. februāra līdz 24. martam. … Rakstiskus priekšlikumus publiskās apspriešanas
laikā var iesniegt …" asks to hand the proposals in by the window's last day. The window's sentence
names no act of its own (a consultation runs, it is no act), so the act comes from the first
sentence after it, in reach, that says it is done "during the consultation" (deadlines.toml
[consultation])."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ..deadline_cues import pattern, vocabulary
from .actions import ActionMention, actions_in
from .matches import any_between, spans_of


def _consultation() -> re.Pattern:
    """The consultation's noun ([consultation] noun): "publiskā apspriešana", "sabiedriskajai apspriešanai"."""
    return pattern("consultation", "noun", r"(?<!\w){}")


def _during() -> re.Pattern:
    """The consultation's noun with a word of "during" after it ([consultation] during): "publiskās
    apspriešanas laikā"."""
    during = pattern("consultation", "during").pattern
    return pattern("consultation", "noun", r"(?<!\w){}\s+" + during + r"(?!\w)")


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    """The acts of handing in a consultation takes ([consultation] actions), as a set once."""
    return frozenset(vocabulary()["consultation"]["actions"])


def consultation_action(doc: Document, mention: DateMention, bounds: tuple[int, int]) -> ActionMention | None:
    """The act asked "during the consultation" for a range whose clause names the consultation
    before the range: of the sentences after the range, within [consultation] reach characters,
    that place an act in the consultation, the first with a listed act gives it ("… laikā var
    iepazīties …" asks nothing, "… laikā var iesniegt" does). A bisection over the "during" phrases
    found once and the actions of those few clauses, and the consultation's nouns found once and bisected:
    no rescan per date."""
    # The nouns found once per document and bisected: a clause with no sentence break can be the
    # whole text, and searching it per date was quadratic (benchmarks/hostile.py "date ranges").
    if not any_between(spans_of(doc, "deadlines.consultation_noun", _consultation()), bounds[0], mention.span.start):
        return None
    acts, reach = _acts(), vocabulary()["consultation"]["reach"]
    starts, _ = spans_of(doc, "deadlines.consultation_during", _during())
    i = bisect.bisect_left(starts, mention.span.end)
    while i < len(starts) and starts[i] - mention.span.end <= reach:
        clause = layout(doc).clause_bounds(starts[i])
        found = next((a for a in actions_in(doc, clause) if a.is_verb and a.infinitive in acts), None) \
            if clause is not None else None
        if found is not None:
            return found
        i += 1
    return None
