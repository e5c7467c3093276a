"""A name's tail that is no part of the name, cut off wherever a name comes from (Entries.add): its
short name after a label ("Pārrobežu turnīru organizēšana, akronīms Ball–Border–Basket", "… (akronīms
CAP)", "… / akronīms Region Invest") becomes an alias, its number in brackets ("Kopienu līdzdalība
(nr. 2019.LV/NVOF/DAP/053)") the contract. The gold gives the short name after "akronīms" as an alias
on every dev page that has one, the name ending before the label (the convention and its counts:
docs/record.md, "A name's tail").
The labels are data: [acronym_field] labels, [name_tail] number_labels (data/projects.toml)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...word_regex import alternation
from ..vocabulary import load

# The least of a name left before its tail: a label alone is no name.
LEAST_NAME = 6


class Tail(NamedTuple):
    name_end: int  # where the name ends in the string read
    alias: str | None
    contract: str | None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = load("projects")
    labels = alternation(data["acronym_field"]["labels"])
    numbers = alternation(data["name_tail"]["number_labels"])
    alias = re.compile(
        rf"(?P<name>.{{{LEAST_NAME},}}?)\s*(?:,|/|\()\s*(?:{labels})(?![^\W\d_])\s*[:–—-]?\s*"
        r"[„“\"«']?(?P<short>[^()„“”\"«»\n,;]{2,60}?)[”\"»“']?\s*\)?", re.IGNORECASE | re.DOTALL)
    # (a digit in the number: "(Nr. 2)" may be a part's number, but a code has digits and marks)
    number = re.compile(
        rf"(?P<name>.{{{LEAST_NAME},}}?)\s*\(\s*(?:{numbers})\.?\s*(?P<number>(?=[^()\s]*\d)[^()\s]{{4,40}})\s*\)",
        re.IGNORECASE | re.DOTALL)
    return alias, number


def name_tail(name: str) -> Tail | None:
    """The name's end before a short name's label or a bracketed number closing it, with what the
    tail gives; None where the name has no such tail."""
    alias, number = _patterns()
    if m := alias.fullmatch(name):
        return Tail(m.end("name"), m["short"].strip(), None)
    if m := number.fullmatch(name):
        return Tail(m.end("name"), None, m["number"])
    return None
