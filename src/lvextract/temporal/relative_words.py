"""Word-level checks of relative dates, split from relative.py by concern.

"iepriekšējo gadu uzvarētājas", "pēdējo gadu pieredze": a modifier in -o and "gadu" before a
plural or genitive noun are the genitive plural "of past years", which names no year; "pagājušo
gadu noslēdzām", "salīdzinot ar pagājušo gadu," stay last year. The noun is told by its ending
(data: calendar.toml [unit_exceptions] plural_noun_endings); a verb's ending is none of them.
"""
from __future__ import annotations

from functools import lru_cache

from .. import datafiles


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    return tuple(datafiles.latvian("calendar")["unit_exceptions"]["plural_noun_endings"])


def no_single_unit(modifier: str, unit: str, following: str, not_before) -> bool:
    """Whether "<modifier> <unit>" names no one unit: part of a longer period ("pagājušā gadu
    tūkstoša") or the genitive plural of past years before their noun."""
    if following in not_before:
        return True
    return unit.lower() == "gadu" and modifier.lower().endswith("o") and following[:1].islower() \
        and following.endswith(_endings())
