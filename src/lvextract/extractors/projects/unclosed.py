"""A quoted name whose closing quote was never typed, a description in brackets right after it:
'par projektu “Laipa pār Ozolupi (laipas atjaunošana), bet …' names "Laipa pār Ozolupi"; or the
noun that governs the project word after it: 'projekta Nr. 12-34 “Ceļu atjaunošana Ozolos
aktivitātes.' names "Ceļu atjaunošana Ozolos" (data/projects.toml [unclosed] heads). Read only
where the quote found no close (quoted.quoted_after gave nothing): the bracket or the head ends the
name, as the writer meant the quote to. A name runs from a capital letter, holds no quote and no
bracket."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ..vocabulary import load

UNCLOSED = re.compile(rf"[„“\"«](?P<name>[{UPPER}][^„“”\"«»()\n]{{2,120}}?)[ \t]*\([^()\n]{{2,160}}\)(?![ \t]*[”\"»“])")


def unclosed_before_bracket(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name of an unclosed quote at `pos` that a bracket closes, within `end`."""
    m = UNCLOSED.match(text, pos, end)
    return (m.start("name"), m.end("name")) if m else None


@lru_cache(maxsize=1)
def _before_head() -> re.Pattern:
    heads = "|".join(re.escape(w) for w in load("projects")["unclosed"]["heads"])
    # two to twelve words, the first capitalised; the head ends the clause or goes on with it
    return re.compile(rf"[„“\"«](?P<name>(?-i:[{UPPER}])[^\s„“”\"«»()]*(?:[ \t]+[^\s„“”\"«»()]+){{1,11}}?)"
                      rf"[ \t]+(?:{heads})(?![\w”\"»])", re.IGNORECASE)


def unclosed_before_head(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name of an unclosed quote at `pos` that a governing noun closes, within `end`."""
    m = _before_head().match(text, pos, end)
    return (m.start("name"), m.end("name")) if m else None
