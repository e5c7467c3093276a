"""A card field's value with the project's number glued on after its name, a fund's abbreviation
between: "Bērnu rotaļu laukuma ierīkošana Raunas pagastā ELFLA Nr. 23-09-AL18-A019.2201-000005"
(the name, then the contract; the fund is read by funding)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .patterns import CODE_BEFORE_NAME, GLUED_NUMBER


def glued_number(value: str, not_names: set[str]) -> tuple[str, str | None]:
    """(the value without its glued number and a fund's abbreviation before it, the number or None)."""
    glued = GLUED_NUMBER.search(value)
    if glued is None or not value[:glued.start()].strip():
        return value, None
    name = value[:glued.start()].rstrip()
    last = name.rsplit(None, 1)
    if len(last) == 2 and last[1] in not_names:
        name = last[0]
    return name, glued["number"]


@lru_cache(maxsize=1)
def _measure() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(load("projects")["cards"]["measure_before_name"]) + r")", re.IGNORECASE)


def after_measure(text: str, pos: int) -> int | None:
    """Where the quoted title starts after a programme measure's number and word opening a card's
    name field at `pos` ("9.2.1.1. pasākums “…”"), or after the programme's project code
    ("Projekts: LLI-317 “…”"), or None."""
    m = _measure().match(text, pos) or CODE_BEFORE_NAME.match(text, pos)
    return m.end() if m else None
