"""preliminary_hour: the hour of a preliminary told right before it ("Dalībnieku reģistrācija no
plkst. 10:45, turnīra sākums plkst. 11:30"): not the occurrence's start when its clause gives a
later hour (parts.time_in then takes that one). The words are events.toml [preliminary_hour].
One anchored match on a short window before the hour: O(1) per hour asked."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary

WINDOW = 60


@lru_cache(maxsize=None)
def _before_hour() -> re.Pattern:
    data = vocabulary()["preliminary_hour"]
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data['words'])})[^\W\d_]*[\s:–-]*"
                      rf"(?:[^\W\d_]+\.?[\s:–-]+){{0,{int(data['reach'])}}}$", re.IGNORECASE)


def preliminary(text: str, hour_start: int) -> bool:
    """True when the hour starting at `hour_start` is a preliminary's (registration, arrival)."""
    return _before_hour().search(text, max(0, hour_start - WINDOW), hour_start) is not None


@lru_cache(maxsize=None)
def _start_before() -> re.Pattern:
    data = vocabulary()["preliminary_hour"]
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data['starts'])})[^\W\d_]*[\s:–-]*"
                      rf"(?:[^\W\d_]+\.?[\s:–-]+){{0,{int(data['reach'])}}}$", re.IGNORECASE)


def start_led(text: str, hour_start: int) -> bool:
    """True when a start word leads the hour at `hour_start` ("sākums plkst. 11:30")."""
    return _start_before().search(text, max(0, hour_start - WINDOW), hour_start) is not None
