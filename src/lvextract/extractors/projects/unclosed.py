"""A quoted name whose closing quote was never typed, a description in brackets right after it:
'par projektu “Laipa pār Ozolupi (laipas atjaunošana), bet …' names "Laipa pār Ozolupi". Read only
where the quote found no close (quoted.quoted_after gave nothing): the bracket ends the name, as the
writer meant the quote to. A name runs from a capital letter, holds no quote and no bracket."""
from __future__ import annotations

import re

UNCLOSED = re.compile(r"[„“\"«](?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ][^„“”\"«»()\n]{2,120}?)[ \t]*\([^()\n]{2,160}\)(?![ \t]*[”\"»“])")


def unclosed_before_bracket(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name of an unclosed quote at `pos` that a bracket closes, within `end`."""
    m = UNCLOSED.match(text, pos, end)
    return (m.start("name"), m.end("name")) if m else None
