"""Days allotted to an occurrence and set out after a dash ("Spēlei atvēlētas divas dienas – 11. un
12. septembris"): the participle of allotting, a count of days and the days in apposition say the
occurrence takes place on them, as "notiks" does, so a noun that needs a verb of taking place
("spēle") dates them (taking_place.py). The participles are events.toml [allotted_days], the count's
words [counted_days]. O(text)."""
from __future__ import annotations

import re
from ...word_regex import gated_finditer
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _allotted() -> re.Pattern:
    v = vocabulary()
    counted = v["counted_days"]
    return re.compile(
        rf"(?<!\w)(?:{literals(v['allotted_days']['participles'])})\w*\s+"
        rf"(?:{literals(counted['numbers'])}|[2-9])\s+(?:{literals(counted['days'])})\s*[–—:-]\s*\d",
        re.IGNORECASE)


def allotted_days(text: str) -> list[int]:
    """Where each "atvēlētas divas dienas – <day>" starts."""
    return [m.start() for m in gated_finditer(_allotted(), text)]
