"""A bracket that holds only an event noun labels what the line tells ("19:00 pļavā saulgriežu dziesmas
(koncerts)"): the kind of the item, not an aside, so the index keeps it where it leaves out other
bracketed nouns. O(1) per noun."""
from __future__ import annotations

import re

_OPEN = re.compile(r"\([ \t]*$")
_CLOSE = re.compile(r"[ \t]*\)")


def bare_label(text: str, start: int, end: int) -> bool:
    return bool(_OPEN.search(text, max(0, start - 3), start)) and bool(_CLOSE.match(text, end))
