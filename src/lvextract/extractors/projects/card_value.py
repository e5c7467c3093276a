"""A card field's value with the project's number glued on after its name, a fund's abbreviation
between: "Bērnu rotaļu laukuma ierīkošana Raunas pagastā ELFLA Nr. 23-09-AL18-A019.2201-000005"
(the name, then the contract; the fund is read by funding)."""
from __future__ import annotations

from .patterns import GLUED_NUMBER


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
