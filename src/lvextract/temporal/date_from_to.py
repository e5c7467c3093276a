"""Two days of one month joined by "no … uz …" ("from … to"): "naktī no 6. uz 7. janvāri".

After a night word the two days are one night's span, a range; otherwise ("pārcelts no 6. uz
7. janvāri", a day moved to another) they are two days, each a date of its own. Either way both
days take the month and the year said after the second.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .relative_words import weekday_alternation
from .date_rule_actions import _address_number, day_range_month
from .date_values import _month_number, _valid, _year_of


# How far before "no" the night's word may stand: past its weekdays ("naktī no sestdienas uz svētdienu, ").
NIGHT_REACH = 48


@lru_cache(maxsize=1)
def _night_before() -> re.Pattern:
    words = vocab.alternation(vocab.temporal()["night_words"])
    # The night may be told by its weekdays first: "Naktī no sestdienas uz svētdienu, no 18. uz 19. maiju".
    day = rf"(?:{weekday_alternation()})(?!\w)"
    weekdays = rf"no[^\S\n]+{day}[^\S\n]+uz[^\S\n]+{day}[^\S\n]*,?[^\S\n]*"
    return re.compile(rf"(?<!\w)(?:{words})[^\S\n]{{1,3}}(?:{weekdays})?$", re.IGNORECASE)


def day_from_to_month(m: re.Match) -> list[Atom]:
    if _night_before().search(m.string, max(0, m.start("no") - NIGHT_REACH), m.start("no")):
        return day_range_month(m)
    year, rel = _year_of(m)
    month = _month_number(m.group("mon"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (_valid(year, month, d1) and _valid(year, month, d2) and d1 != d2) or _address_number(m):
        return []
    first = m.start() if (m.group("py") or m.group("rel") or m.group("rela")) else m.start("d1")
    return [Atom(first, m.end("d1"), year, month, d1, relative=rel, rule="day_from_to"),
            Atom(m.start("d2"), m.end(), year, month, d2, relative=rel, rule="day_from_to")]
