"""A one-day occurrence dated without its hours, told again further down by a sentence that opens
with its own noun as the subject, says it takes place and gives the hours but no day ("Ozolu dome
aicina uz semināru 12. aprīlī. … (paragraphs of its programme) … Seminārs Liepu saieta namā
notiks no plkst. 10.00 līdz 14.00."): those are the occurrence's hours, past the few clauses
parts._time_in_next_clause reads.

Only for a specific kind told once among the events (a generic "Pasākums sāksies …" further
down may be another's), up to REACH_SENTENCES sentences and REACH_CHARS characters on, and not
past a sentence that dates another day. A sentence telling a weekly routine gives no hour.

Cost: per such event a bounded run of sentences, each tried with one anchored match: linear.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import begins_pattern, generic_types, happens_pattern
from .offsets import any_between
from .parts import time_in
from .recurring_hour import routine_clause

REACH_SENTENCES = 12
REACH_CHARS = 3000


@lru_cache(maxsize=None)
def _opening(kind: str) -> re.Pattern:
    """The kind's words opening a sentence in any case form: "atvērto durvju diena" →
    "Atvērto durvju dienā", each word by its stem (the last two letters free). Built once per
    kind (the kinds are events.toml's)."""
    words = [re.escape(w[:max(4, len(w) - 2)]) + r"\w*" for w in kind.split()]
    return re.compile(r"[\W\d_]{0,3}" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _takes_place(text: str, start: int, end: int) -> bool:
    return happens_pattern().search(text, start, end) is not None or begins_pattern().search(text, start, end) is not None


def retold_hours(doc: Document, record: Record) -> None:
    """Fill the hours of each one-day, untimed event of a specific kind from the sentence further
    down that tells it again (see the module's doc)."""
    kinds: dict[str, int] = {}
    for e in record.events:
        kinds[e.type] = kinds.get(e.type, 0) + 1
    generic = generic_types()
    waiting = [e for e in record.events if e.start and e.end is None and e.start_time is None
               and e.span is not None and kinds[e.type] == 1 and e.type not in generic]
    if not waiting:
        return
    all_starts = sorted(d.span.start for d in record.dates)
    day_starts = sorted(d.span.start for d in record.dates if d.value and len(d.value) >= 10)
    text = doc.text
    for event in waiting:
        i = doc.sentence_index(event.span.end - 1)
        if i is None:
            continue
        opening = _opening(event.type)
        for j in range(i + 1, min(len(doc.sentences), i + 1 + REACH_SENTENCES)):
            s = doc.sentences[j]
            if s.start - event.span.end > REACH_CHARS:
                break
            bounds = (s.start, s.end)
            if any_between(day_starts, bounds):
                break  # another day told: what follows is its own
            if any_between(all_starts, bounds) or not opening.match(text, s.start):
                continue
            if not _takes_place(text, s.start, s.end) or routine_clause(doc, bounds):
                continue
            start_time, end_time = time_in(doc, bounds, s.start, kind=event.type)
            if start_time is not None:
                event.start_time, event.end_time = start_time, end_time
            break
