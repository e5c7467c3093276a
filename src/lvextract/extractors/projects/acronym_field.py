"""A project card's field of its short name: "• Abreviatūra: LIFE-IP Mežainavas" among the card's
other fields ("• Identifikācijas Nr. …", "• Līdzfinansētājs: …"; data/projects.toml [acronym_field]).
The value is one to four words, none opening in lower case (a sentence after the label is no short
name). It names the card's project: the alias of the one project named otherwise, else the name;
with several projects named it is left out (whose it is, the card does not say). One pass over the
lines: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ...word_regex import alternation, regex_alternation
from ..vocabulary import load

_BULLET = r"^[ \t]*(?:[•·▪\-*][ \t]*)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, int]:
    data = load("projects")["acronym_field"]
    labels = alternation(data["labels"])
    field = re.compile(_BULLET + r"(?i:" + labels + r")[ \t]*:[ \t]*"
                       rf"(?P<value>[{UPPER}0-9][\w+\-.&]*(?:[ \t]+[{UPPER}0-9][\w+\-.&]*){{0,3}})[ \t]*$", re.M)
    card = re.compile(_BULLET + r"(?i:" + regex_alternation(data["card_labels"]) + r")", re.M)
    return field, card, int(data["reach"])


def acronym_fields(text: str) -> list[tuple[int, int]]:
    """(start, end) of each card's short name."""
    field, card, reach = _patterns()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
    cards = [card.match(text, s, e) is not None for s, e in lines]
    found = []
    for index, (start, end) in enumerate(lines):
        named = field.match(text, start, end)
        if named is None:
            continue
        if any(cards[i] for i in range(max(0, index - reach), min(len(lines), index + reach + 1)) if i != index):
            found.append((named.start("value"), named.end("value")))
    return found
