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
def _led_by(key: str) -> re.Pattern:
    """A word of [preliminary_hour] `key` (word starts) closing the window before an hour, past at most
    `reach` words ("reģistrācija no plkst. ", "sākums plkst. ")."""
    data = vocabulary()["preliminary_hour"]
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data[key])})[^\W\d_]*[\s:–-]*"
                      rf"(?:[^\W\d_]+\.?[\s:–-]+){{0,{int(data['reach'])}}}$", re.IGNORECASE)


def preliminary(text: str, hour_start: int) -> bool:
    """True when the hour starting at `hour_start` is a preliminary's (registration, arrival)."""
    return _led_by("words").search(text, max(0, hour_start - WINDOW), hour_start) is not None


def start_led(text: str, hour_start: int) -> bool:
    """True when a start word leads the hour at `hour_start` ("sākums plkst. 11:30")."""
    return _led_by("starts").search(text, max(0, hour_start - WINDOW), hour_start) is not None
