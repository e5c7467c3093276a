"""A date opening its line, then a dash and the occurrence's noun within a few words ("17.03.2015. -
Jauniešu apkaimes darbnīca Preiļos pl. 17.00 (Raiņa bulvāris 24, …)"): the line is the item of a
dated list, however long its place and address run, even when the date grammar took that first
day for the document's own. dating._heads_an_event caps a dated heading's length; this line is
not capped. O(log n) per date (noun starts by bisection)."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ...latvian.orthography import DASH
from .nouns import noun_starts

# The dash after the date (its closing dot allowed), then at most three words before the noun.
DASH_THEN_WORDS = re.compile(rf"[ \t.]*{DASH}[ \t]*(?:[^\W\d_]+[ \t]+){{0,3}}")


def dash_item(doc: Document, mention: DateMention) -> bool:
    line = layout(doc).line_of(mention.span.start)
    if doc.text[line[0]:mention.span.start].strip():
        return False
    lead = DASH_THEN_WORDS.match(doc.text, mention.span.end, line[1])
    if lead is None:
        return False
    starts = noun_starts(doc)
    k = bisect.bisect_left(starts, lead.start())
    return k < len(starts) and lead.start() < starts[k] <= lead.end()
