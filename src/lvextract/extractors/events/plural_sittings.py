"""Sittings told in the plural over consecutive days ("Ministru kabineta sēdes pirmdien un otrdien
notika attālināti", "Komisijas sēdes notiks 5. un 6. maijā"): each day holds a sitting of its own,
so the days stay one event each (RECORD.md: occurrences on separate days of one series), where the
singular ("sēde 5. un 6. maijā") is one sitting over two days. Only the [plural_sittings] kinds,
whose plural is told right before its days or its verb of taking place: "sēdes" before another
noun ("sēdes darba kārtībā") is the singular's genitive."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Event
from ...temporal.relative_words import lookups
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _plural_then_days() -> re.Pattern:
    data = vocabulary()["plural_sittings"]
    weekdays = sorted(lookups()["weekday"], key=len, reverse=True)
    return re.compile(rf"(?:{literals(data['plurals'])})\s+(?:\d|(?:{literals(weekdays)})(?!\w)|"
                      rf"(?:{literals(data['verbs'])})(?!\w))", re.IGNORECASE)


def plural_sittings(event: Event) -> bool:
    """Whether the event's own words open with a sitting's plural followed by its day or its verb."""
    return event.span is not None and _plural_then_days().match(event.span.text) is not None
