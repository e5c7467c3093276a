"""A clause telling a weekly or daily routine ("Trešdienās plkst. 18:00 turpinās nodarbības", "Katru
sestdienu no plkst. 10 …") gives no hour to the dated occurrence told before it: its hour is the
routine's. Words in [recurring_hour] of events.toml. O(clause)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _routine() -> re.Pattern:
    data = vocabulary()["recurring_hour"]
    return re.compile(rf"(?<!\w)(?:(?:{literals(data['day_starts'])})(?:ās|os)|(?:{literals(data['words'])}))(?!\w)",
                      re.IGNORECASE)


def routine_clause(doc: Document, bounds: tuple[int, int]) -> bool:
    return _routine().search(doc.text, *bounds) is not None
