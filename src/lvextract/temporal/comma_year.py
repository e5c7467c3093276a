"""A year set off by a comma after a day, in the genitive before a noun of its own: "20. janvārī,
1991. gada barikāžu aizstāvju atceres dienā" is this year's 20 January, the day of the
commemoration of 1991's barricades; the year qualifies the noun after it ("1991. gada
barikāžu"), not the day before the comma. A year in the locative ("20. janvārī, 2024. gadā") or
closing a dateline ("22. janvāris, 2022") still belongs to the day. Asked by date_rule_actions."""
from __future__ import annotations

import re

from ..latvian.orthography import LOWER

_COMMA_BEFORE = re.compile(r",[^\S\n]*$")
# "gada" (or "g.") right after the year, then a lower-case word it qualifies
_GENITIVE_BEFORE_NOUN = re.compile(rf"[^\S\n]*\.?[^\S\n]*(?:gada|g\.)[^\S\n]+(?-i:[{LOWER}])")


def qualifies_next_noun(text: str, month_end: int, year_start: int, year_end: int) -> bool:
    """The year after a comma is the genitive of a noun phrase that follows it."""
    return bool(_COMMA_BEFORE.search(text, month_end, year_start)) \
        and _GENITIVE_BEFORE_NOUN.match(text, year_end) is not None
