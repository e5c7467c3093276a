"""Same-day windows: "Sacensības notiks 8. jūnijā. Dalībniekiem jāpiesakās no 8.30 līdz 9.30."

A clock time after the cue, with no date of its own, closes a window on the day the text gave
just before (in its sentence or an earlier one of its paragraph): the deadline is that day at
that time. Only a verb asks for it ("jāpiesakās", "var reģistrēties"): a noun in a programme
("Reģistrācija 9.00–9.30") schedules the occurrence unless it "is" until the time or is put on the
occurrence's day ("Reģistrēšanās ir līdz pulksten 9.30"), and opening hours ("bibliotēka strādā līdz
18.00", "jāreģistrējas darba dienās no 9.00 līdz 16.00") ask nothing.
"""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...record import DateMention, DateRole
from ..deadline_cues import attending, pattern
from .actions import ActionMention
from .clause_action import action_for
from .occurrence_day import occurrence_day
from .vetoes import dutied, past_duty, reported

# How far back the day of a window may be named.
DAY_REACH = 400
# How far from the clock time the recurring days of office hours may be named in its clause.
ROUTINE_REACH = 120
DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A noun asks for the window when the text says the act "is" until then ("Reģistrēšanās … ir līdz
# pulksten 9.30") or puts it on the occurrence's day ("reģistrācija sacensību dienā līdz plkst. 9.30"),
# as a nominal obligation does; a programme's "Reģistrācija 9.00–9.30" only schedules.
_COPULA_BEFORE = re.compile(r"(?<!\w)ir\s+$")


def _window() -> re.Pattern:
    """"līdz 9.30", "līdz plkst. 10:00", "līdz pl.5:50" (the short "pl." of temporal.times too)
    ([cues] time_window): the hour and minute; not a date ("līdz 15.05.2024") nor a time followed
    by a day."""
    return pattern("cues", "time_window",
                   r"(?<!\w){}[ \t]+(?:(?:plkst\.?|pulksten|pl\.)[ \t]*)?([01]?\d|2[0-3])[.:]([0-5]\d)(?![.:/]?\d)(?!\.\s*\d)")


def _routine() -> re.Pattern:
    """Recurring days in the window's clause ([cues] routine_window): office hours, no window."""
    return pattern("cues", "routine_window", r"(?<!\w){}(?!\w)")


def windows(doc: Document, dates: list[DateMention]) -> list[tuple[DateMention, int, int, str, ActionMention]]:
    """(day, cue start, time end, HH:MM, action) of each same-day window. O(n + w·log d) for w
    cues and d dates."""
    days = sorted((d for d in dates if d.role != DateRole.document.value and not d.end
                   and d.value and DAY_VALUE.match(d.value)), key=lambda d: d.span.start)
    ends = [d.span.end for d in days]
    starts = sorted(d.span.start for d in dates)
    found = []
    for m in _window().finditer(doc.text):
        cue_start, time_end = m.start(), m.end()
        i = bisect.bisect_right(ends, cue_start) - 1
        if i < 0:
            continue
        on_occurrence_day = occurrence_day(doc, days, i, cue_start)
        day = on_occurrence_day or days[i]
        if day is days[i] and (cue_start - day.span.end > DAY_REACH
                               or PARAGRAPH_BREAK.search(doc.text, day.span.end, cue_start)):
            continue
        bounds = layout(doc).clause_bounds(cue_start)
        if bounds is None:
            continue
        later = bisect.bisect_left(starts, max(bounds[0], cue_start))  # a date of its own in the clause
        if later < len(starts) and starts[later] < bounds[1]:
            continue
        # "darba dienās no 9.00 līdz 16.00": hours of every such day (a bounded read of the clause
        # around the clock time, so that a clause with no sentence break stays linear)
        if _routine().search(doc.text, max(bounds[0], cue_start - ROUTINE_REACH), min(bounds[1], time_end + ROUTINE_REACH)):
            continue
        action = action_for(doc, bounds, cue_start, time_end)
        # A listed act only: "jādodas uz muzeju no 10.00 līdz 15.00" (a debitive of an unlisted
        # verb) tells when to come, no window to act in.
        if action is None or action.converb or action.unlisted or action.infinitive in attending() \
                or not (action.is_verb or on_occurrence_day is not None
                        or _COPULA_BEFORE.search(doc.text, max(0, cue_start - 4), cue_start)):
            continue
        if reported(doc, bounds, cue_start, time_end) or dutied(doc, bounds, cue_start, time_end) \
                or past_duty().search(doc.text, bounds[0], cue_start):
            continue
        found.append((day, cue_start, time_end, f"{int(m.group(1)):02d}:{m.group(2)}", action))
    return found
