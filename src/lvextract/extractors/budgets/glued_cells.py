"""Amounts a flattened table glued to the cell before them, which the number finders cannot start
on because a word character or a digit touches the number: a money label ("Līguma summa60 000 EUR"),
any word written small before an amount grouped in thousands ("… vienam projektam650 000 EUR": no
code or count is written so), or a date of the row ("Līguma summa2024.12.0160 000 EUR", "01.12.20243 500,00 EUR"). The date's
figures are fixed in length (a padded day, a four-digit year), so the amount starts right after them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian import money
from ...latvian.orthography import LOWER
from ..vocabulary import load
from .numbers import SPACE, Amount, as_number, parse_money

_AMOUNT = rf"(?P<num>[1-9]\d{{0,2}}(?:{SPACE}\d{{3}})+(?:,\d{{2}})?|[1-9]\d*(?:,\d{{2}})?)"
# A word's last letters written small, and an amount grouped in thousands after it.
_SMALL_WORD = f"(?-i:[{LOWER}]{{3}})"
_GROUPED = rf"[1-9]\d{{0,2}}(?:{SPACE}\d{{3}})+"
_DATE = r"(?:(?:19|20)\d\d\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?:19|20)\d\d)\.?"


@lru_cache(maxsize=1)
def _glued() -> re.Pattern:
    labels = "|".join(load("budgets")["glued_cell_labels"])
    return re.compile(rf"(?:(?:{labels})|{_SMALL_WORD}(?={_GROUPED})|(?<![\d.,]){_DATE}){_AMOUNT}{SPACE}?"
                      rf"{money.framed_currency('cur')}", re.IGNORECASE)


def glued_cell_amounts(text: str) -> list[Amount]:
    currency_of = money.currency_of()
    return [Amount(as_number(parse_money(m["num"])), currency_of[re.sub(r"\s+", " ", m["cur"].lower())],
                   m.start("num"), m.end()) for m in _glued().finditer(text)]
