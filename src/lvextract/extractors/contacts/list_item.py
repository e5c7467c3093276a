"""A list's item that names a person and gives that person's number later in the same item, past
a sentence of hours or duties ("- PSIHOLOĢE Anna Liepa – katru pirmdienu no 9:00 līdz 18:00.
Tālrunis: 26000001;"): the item is that person's entry, so the name owns the number though a
sentence ends between them. One line, read once per item."""
from __future__ import annotations

import re

from .finders import Found
from .people import NameMention

# An item's opening: a dash, a bullet or a number at the start of its line.
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-–—•·*▪]|\d{1,2}[.)])[ \t]")
# Another phone or e-mail between the name and the item: the item is someone else's.
_OTHER_ITEM = re.compile(r"\d{2}[ \u00a0]?\d{3}[ \u00a0]?\d{3}|@")
# How far the number may stand after the name within the item.
REACH = 200


def item_line_owner(text: str, item: Found, last: NameMention) -> bool:
    """Whether `last`, the name before the item, stands on the item's own line, which opens a
    list's entry, with no other phone or e-mail between them."""
    line_start = text.rfind("\n", 0, item.start) + 1
    if last.start < line_start or item.start - last.end > REACH:
        return False
    return _ITEM_OPENING.match(text, line_start) is not None \
        and _OTHER_ITEM.search(text, last.end, item.start) is None
