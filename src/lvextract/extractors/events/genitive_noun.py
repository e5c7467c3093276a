"""A day in the genitive right before an event noun ("15. aprīļa koncertu atbalstīja biedrība",
"5. maija pasākumu vadīja …") qualifies that noun: the noun's occurrence is on that day, and a
decision verb of the clause ("atbalstīja", "apstiprināja") tells what was done for it, not that the
day is a decision's. O(log n) per date (the nouns' starts are the document's)."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import DateMention
from .nouns import noun_starts

# The date's last word a month in the genitive ("aprīļa", "maija"), then at most one word (an
# adjective: "15. aprīļa svinīgo koncertu") before the noun.
GENITIVE_MONTH = re.compile(r"[^\W\d_]+a\.?$")
GAP = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?")


def qualifies_noun(doc: Document, mention: DateMention) -> bool:
    if not GENITIVE_MONTH.search(mention.span.text):
        return False
    m = GAP.match(doc.text, mention.span.end)
    if m is None:
        return False
    first_word = mention.span.end + len(m.group(0)) - len(m.group(0).lstrip(" \t"))
    starts = noun_starts(doc)
    i = bisect.bisect_left(starts, mention.span.end)
    return i < len(starts) and starts[i] in (first_word, m.end())
