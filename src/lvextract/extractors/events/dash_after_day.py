"""A day followed by a dash and its own noun inside a sentence ("… notiks lielais gājiens, 5. augustā
– Hanzas tirgus"): the item from the day to the next comma is the day's, and its noun beats a nearer
noun before the day, which is the previous item's. Only the day's own item is read (from the dash to
the next comma or semicolon): O(item) per date."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention
from ...latvian.orthography import DASH
from .ranking import Nouns

DASH_GAP = re.compile(rf"[ \t]*{DASH}[ \t]+")
ITEM_END = re.compile(r"[,;]")
# How far past the dash an item is read for its end: an item is a few words, and a sentence with no
# comma after the dash must not be read to its end once per date.
ITEM_REACH = 300


def dash_item_bounds(doc: Document, index: Nouns, bounds: tuple[int, int], mention: DateMention):
    """The day's own item (the day to the next comma) when a dash and an event noun follow the day
    within `bounds`; else None."""
    dash = DASH_GAP.match(doc.text, mention.span.end, bounds[1])
    if dash is None:
        return None
    limit = min(bounds[1], dash.end() + ITEM_REACH)
    stop = ITEM_END.search(doc.text, dash.end(), limit)
    item = (mention.span.start, stop.start() if stop else limit)
    noun = index.nearest((dash.end(), item[1]), mention)
    return item if noun is not None else None
