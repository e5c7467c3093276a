"""A closing day told right after an occurrence's first day, with no noun of its own or only a pronoun
("svētki … ieskandināti ar festivālu 19. augustā, tie noslēgsies 26. augustā"; "sāksies 19. augustā un
noslēgsies 26. augustā"): the occurrence's end (RECORD.md: one occurrence over several days is one event),
not a second event on that day ([closing_day] in events.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import literals, vocabulary
from .nouns import noun_starts
from .offsets import any_between


@lru_cache(maxsize=1)
def _gap() -> re.Pattern:
    data = vocabulary()["closing_day"]
    return re.compile(rf"^[ \t]*(?:,[ \t]*|[ \t]+un[ \t]+|;[ \t]*|\.[ \t]+)(?:(?:{literals(data['pronouns'])})[ \t]+)?"
                      rf"(?:(?:{literals(data['adverbs'])})[ \t]+)?(?:{literals(data['verbs'])})[ \t]+(?:līdz[ \t]+)?$",
                      re.IGNORECASE)


def _mention(record: Record, event):
    if event.span is None or not event.start:
        return None
    return next((m for m in record.dates if m.value == event.start and m.end is None
                 and event.span.start <= m.span.start < event.span.end), None)


def join_closing_days(doc: Document, record: Record) -> None:
    gap = _gap()
    starts = noun_starts(doc)
    mentions = {id(e): _mention(record, e) for e in record.events}
    for first in list(record.events):
        m = mentions.get(id(first))
        if m is None or first.end is not None or first not in record.events:
            continue
        closing = next((d for d in record.dates if d.end is None and d.value and 0 < d.span.start - m.span.end < 80
                        and gap.match(doc.text[m.span.end:d.span.start])), None)
        if closing is None or len(closing.value) != len(first.start) or closing.value <= first.start \
                or any_between(starts, (m.span.end, closing.span.start)):
            continue
        twins = [e for e in record.events if e is not first and e.start == closing.value and e.end is None
                 and mentions.get(id(e)) is closing]
        first.end = closing.value
        record.events[:] = [e for e in record.events if all(e is not t for t in twins)]
