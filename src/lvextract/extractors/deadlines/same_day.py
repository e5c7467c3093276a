"""A term that points back to the day of the one before it: "Komandas jāpiesaka līdz 5. jūnijam.
Līdz tai pašai dienai jāpārskaita dalības maksa." The phrase ([cues] same_day) is no date, so the
loop over the dates never meets it: it takes the day of the nearest deadline ending before it in
its paragraph (at most REACH characters back, no other date between) and the action of its own clause."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...record import Deadline
from ..deadline_cues import pattern
from .clause_action import action_for

# How far back the day pointed to may be named.
REACH = 400
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _same_day() -> re.Pattern:
    return pattern("cues", "same_day", r"(?<!\w){}(?!\w)")


def same_day_deadlines(doc: Document, deadlines: list[Deadline], date_starts: list[int]) -> list[Deadline]:
    """The deadlines the back-pointing phrases add, each once per (day, action) not yet taken.
    O((phrases + deadlines) · log deadlines)."""
    added: list[Deadline] = []
    taken = {(d.date, d.action) for d in deadlines}
    dated = sorted((d for d in deadlines if d.span is not None), key=lambda d: d.span.end)
    ends = [d.span.end for d in dated]
    for m in _same_day().finditer(doc.text):
        # the nearest deadline ending before the phrase, in its paragraph and within REACH
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0 or m.start() - ends[k] > REACH or PARAGRAPH_BREAK.search(doc.text, ends[k], m.start()):
            continue
        i = bisect.bisect_left(date_starts, ends[k])
        if i < len(date_starts) and date_starts[i] < m.start():
            continue  # another day said between ("… Rezultātus paziņos 10. jūnijā. Līdz tai pašai dienai …")
        day = dated[k]
        bounds = layout(doc).clause_bounds(m.start())
        action = action_for(doc, bounds, m.start(), m.end()) if bounds is not None else None
        if action is None or (day.date, action.infinitive) in taken:
            continue
        taken.add((day.date, action.infinitive))
        added.append(Deadline(date=day.date, time=None, action=action.infinitive, contact=None,
                              span=doc.span(m.start(), m.end())))
    return added
