"""A project named without quotes right after the project word, its short name in brackets closing
the title: "īsteno projektu Zaļo pagalmu atjaunošana (GreenYard)", "projekta Upju krastu sakopšana
(RIVERCARE) ietvaros". The title is two to twelve words of letters from a capital letter (no
punctuation between them), the short name a capitals word or a coined word in another language
(patterns.looks_foreign), neither a fund's or a programme's ([short_names] not_names: "(ERAF)") nor a
currency's (a table header's "Piešķirtais finansējums (EUR)").
Asked by after_word at the word after the project word: one anchored match."""
from __future__ import annotations

import re

from ...latvian.money import currency_of
from ...latvian.orthography import LOWER, UPPER
from .patterns import SHORT_CAPITALS, looks_foreign

NAME_THEN_SHORT = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{1,11}}?)[ \t]*"
                             rf"\((?P<short>[{UPPER}][{UPPER}{LOWER}0-9+\-]{{2,15}})\)")
# (the short name matched above opens with a capital and is three characters at least)
CAPITALS = re.compile(SHORT_CAPITALS)


def bracket_short(text: str, pos: int, end: int, not_names: set[str]) -> re.Match | None:
    """The match of an unquoted title and its short name in brackets opening at `pos` (before `end`),
    or None."""
    m = NAME_THEN_SHORT.match(text, pos, end)
    if m is None:
        return None
    short = m["short"]
    if short in not_names or m["name"].split()[0] in not_names or short.lower() in currency_of():
        return None
    if not (CAPITALS.fullmatch(short) or looks_foreign(short)):
        return None
    return m
