"""A closing day told right after an occurrence's first day, with no noun of its own or only a pronoun
("svētki … ieskandināti ar festivālu 19. augustā, tie noslēgsies 26. augustā"; "sāksies 19. augustā un
noslēgsies 26. augustā"): the occurrence's end (RECORD.md: one occurrence over several days is one event),
not a second event on that day ([closing_day] in events.toml). So is a closing told in the next sentence
as the same occurrence's part ("Festivāls sāksies 20. septembrī Ozolmuižā. Festivāla noslēgums ieplānots
27. septembrī."), when every event noun between the days is of the first one's kind."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import literals, vocabulary
from .nouns import event_nouns, noun_starts
from .offsets import any_between


@lru_cache(maxsize=1)
def _gap() -> re.Pattern:
    data = vocabulary()["closing_day"]
    return re.compile(rf"^[ \t]*(?:,[ \t]*|[ \t]+un[ \t]+|;[ \t]*|\.[ \t]+)(?:(?:{literals(data['pronouns'])})[ \t]+)?"
                      rf"(?:(?:{literals(data['adverbs'])})[ \t]+)?(?:{literals(data['verbs'])})[ \t]+(?:līdz[ \t]+)?$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _part_gap() -> re.Pattern:
    # the rest of the first day's sentence (a place), a full stop, the occurrence's noun in the genitive,
    # its closing part and maybe a verb that plans it
    data = vocabulary()["closing_day"]
    return re.compile(rf"^[^.\n\d]{{0,40}}\.[ \t]+\w+[ \t]+(?:{literals(data['parts'])})[ \t]+"
                      rf"(?:(?:{literals(data['planned'])})[ \t]+)?$", re.IGNORECASE)


def _told_as_part(doc: Document, kind: str, start: int, end: int) -> bool:
    """The gap has the part's shape and names only the first occurrence's kind (its genitive)."""
    if not _part_gap().match(doc.text[start:end]):
        return False
    nouns, starts = event_nouns(doc), noun_starts(doc)
    kinds = {nouns[k].kind for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))}
    return kinds == {kind}


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
        if closing is not None and any_between(starts, (m.span.end, closing.span.start)):
            closing = None
        if closing is None:
            closing = next((d for d in record.dates if d.end is None and d.value and 0 < d.span.start - m.span.end < 100
                            and _told_as_part(doc, first.type, m.span.end, d.span.start)), None)
        if closing is None or len(closing.value) != len(first.start) or closing.value <= first.start:
            continue
        twins = [e for e in record.events if e is not first and e.start == closing.value and e.end is None
                 and mentions.get(id(e)) is closing]
        first.end = closing.value
        record.events[:] = [e for e in record.events if all(e is not t for t in twins)]
