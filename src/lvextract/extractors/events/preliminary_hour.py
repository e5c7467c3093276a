"""preliminary_hour: the hour of a preliminary told right before it ("Dalībnieku reģistrācija no
plkst. 10:45, turnīra sākums plkst. 11:30"), its day maybe between ("Reģistrācija sacensību vietā
14. septembrī no plkst. 11"): not the occurrence's start when its clause gives a later hour that a
start word leads, or a verb of taking place right before the clock's word ("…, bet sacensības
notiks no plkst. 12 līdz 18"; parts.time_in then takes that one). The words are events.toml
[preliminary_hour]. One anchored match on a short window before the hour: O(1) per hour asked."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from .hour_abbreviation import CLOCK_WORD
from .lexicon import literals, vocabulary

WINDOW = 60


@lru_cache(maxsize=None)
def _led_by(key: str) -> re.Pattern:
    """A word of [preliminary_hour] `key` (word starts) closing the window before an hour, past at most
    `reach` words ("reģistrācija no plkst. ", "sākums plkst. ")."""
    data = vocabulary()["preliminary_hour"]
    word = r"[^\W\d_]+\.?[\s:–-]+"
    # the day between, its number and month ("14.septembrī", "14. septembrī"), and the clock's words
    day = r"\d{1,2}\.[ \t]?[^\W\d_]+[\s,]+(?:no\s+)?(?:plkst\.?|pulksten)?\s*"
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data[key])})[^\W\d_]*[\s:–-]*"
                      rf"(?:{word}){{0,{int(data['reach'])}}}(?:{day})?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _happens_before() -> re.Pattern:
    """A verb of taking place right before the hour's clock word, maybe with the span's "no"
    ("notiks no plkst. ", "norisināsies plkst. "): the occurrence's own hour."""
    verbs = alternation(vocabulary()["preliminary_hour"]["happens"])
    return re.compile(rf"(?<![^\W\d_])(?:{verbs})\s+(?:no\s+)?(?:{CLOCK_WORD}\s*)?$", re.IGNORECASE)


def preliminary(text: str, hour_start: int) -> bool:
    """True when the hour starting at `hour_start` is a preliminary's (registration, arrival)."""
    return _led_by("words").search(text, max(0, hour_start - WINDOW), hour_start) is not None


def start_led(text: str, hour_start: int) -> bool:
    """True when a start word leads the hour at `hour_start` ("sākums plkst. 11:30"), or a verb of
    taking place stands right before its clock word ("sacensības notiks no plkst. 12")."""
    lo = max(0, hour_start - WINDOW)
    return _led_by("starts").search(text, lo, hour_start) is not None \
        or _happens_before().search(text, lo, hour_start) is not None
