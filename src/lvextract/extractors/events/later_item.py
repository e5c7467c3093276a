"""A list of days whose last item is written noun first ("… 15. maijā Bērzos, 9. jūnijā Kārklos un
finālposms 2. augustā Rīgā", "Sacensības notiks 10. janvārī Ozolos un fināls 2. augustā"): that
noun opens its own item — a joining "un" or a comma before it, its own day right after it — so it
names only that day, not the earlier days it happens to stand nearest to. An earlier day takes the
noun before it in its clause (the list's head), as the other days do. O(log dates) per date."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.orthography import DASH
from ...record import DateMention
from .noun_mention import NounMention
from .ranking import Nouns

# Before the noun: the "un" or the comma that opens the item, maybe an adjective or an ordinal
# between ("un noslēdzošais posms", ", lielais fināls").
_OPENS = re.compile(r"(?:,|\sun)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
# Between the noun and its own day: space, maybe a dash ("un fināls – 2. augustā").
_TO_DAY = re.compile(rf"\s*(?:{DASH}\s*)?")
# How far back the opening is looked for.
_REACH = 40


def opens_later_item(doc: Document, noun: NounMention | None, mention: DateMention, starts: list[int]) -> bool:
    """True when `noun`, after `mention`, opens a later item of the list: a joining "un" or comma
    before it and a later day right after it."""
    if noun is None or noun.start < mention.span.end:
        return False
    text = doc.text
    k = bisect.bisect_left(starts, noun.end)
    if k >= len(starts) or starts[k] <= mention.span.start or not _TO_DAY.fullmatch(text, noun.end, starts[k]):
        return False
    return _OPENS.search(text, max(mention.span.end, noun.start - _REACH), noun.start) is not None


def head_noun(doc: Document, index: Nouns, noun: NounMention | None, clause: tuple[int, int],
              mention: DateMention, starts: list[int]) -> NounMention | None:
    """The noun before the day in its clause when `noun` opens a later item; else None."""
    if not opens_later_item(doc, noun, mention, starts):
        return None
    return index.nearest((clause[0], mention.span.start), mention)
