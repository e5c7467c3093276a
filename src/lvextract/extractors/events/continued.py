"""An occurrence opened on one day and said to go on until a later one ("Olimpiādi atklās 13. jūnijā
stadionā, sacensības turpināsies līdz 15. jūnijam"): RECORD.md's one occurrence over several days,
one event with `end`. The verbs are events.toml's [continued]; the going-on must be told of an
occurrence (an event noun or a pronoun before the verb in its sentence), so "pieteikšanās turpināsies
līdz 15. jūnijam" (a deadline) ends nothing. O(dates × events) once per document."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import literals, verb_then_until, vocabulary
from .nouns import event_nouns

# How far before the later day the verb may stand, and the opened day before the verb.
VERB_REACH = 60
OPEN_REACH = 240
# Longest run one event may cover; a longer reach is a season, not one occurrence.
MAX_DAYS_SPAN = 31


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = vocabulary()["continued"]
    verb = verb_then_until(words['verbs'])
    subject = re.compile(rf"(?<!\w)(?:{literals(words['pronouns'])})\s+$", re.IGNORECASE)
    return verb, subject


def _day_number(value: str) -> int | None:
    m = re.fullmatch(r"(\w{4})-(\d\d)-(\d\d)", value)
    return int(m.group(2)) * 31 + int(m.group(3)) if m else None


def continued_until(doc: Document, record: Record) -> None:
    verb, subject = _patterns()
    nouns = event_nouns(doc)
    for date in record.dates:
        if date.value is None or date.end is not None:
            continue
        m = verb.search(doc.text, max(0, date.span.start - VERB_REACH), date.span.start)
        if m is None or "\n" in doc.text[m.start():date.span.start]:
            continue
        sentence = doc.text.rfind(".", 0, m.start())
        told_of = subject.search(doc.text, max(0, m.start() - 12), m.start()) or any(
            sentence < n.start and n.end <= m.start() for n in nouns)
        if not told_of:
            continue
        opened = [e for e in record.events if e.span and e.end is None and e.start
                  and m.start() - OPEN_REACH <= e.span.start < m.start()
                  and "\n\n" not in doc.text[e.span.start:m.start()]]
        if not opened:
            continue
        event = max(opened, key=lambda e: e.span.start)
        first, last = _day_number(event.start), _day_number(date.value)
        if first is None or last is None or event.start[:4] != date.value[:4] or not 0 < last - first <= MAX_DAYS_SPAN:
            continue
        event.end = date.value
