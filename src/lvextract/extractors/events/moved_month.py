"""An occurrence moved to a month ("Forums, kas bija plānots 5. maijā, pārcelts uz oktobri"): the
new month is its start, of month grain (RECORD.md: the day moved from is no event; a month alone is a
date of month grain). The walk over the dates reads only days, so the month is read here: the
sentence's occurrence noun before the verb. O(month dates · log)."""
from __future__ import annotations

import re

from ...document import Document
from ...record import Record
from .offsets import sentence_at
from .parts import build_event
from .ranking import Nouns
from .viewed_from import add_if_new
from .viewed_months import MONTH_VALUE

# The moving verb right before the month: "pārcelts uz", "nolēma pārcelt uz", "pārcēla uz".
_MOVED_TO = re.compile(r"(?<![^\W\d_])pārce(?:l|ļ|ē)[^\W\d_]*\s+uz\s+$", re.IGNORECASE)


def moved_month(doc: Document, index: Nouns, date_starts: list[int], by_key: dict, record: Record) -> None:
    for month in record.dates:
        if month.end is not None or not MONTH_VALUE.match(month.value or "") \
                or not _MOVED_TO.search(doc.text, max(0, month.span.start - 30), month.span.start):
            continue
        sentence = sentence_at(doc, month.span.start)
        if sentence is None:
            continue
        bounds = (sentence.start, month.span.start)
        noun = index.nearest(bounds, month)
        if noun is None:
            continue
        event = build_event(doc, index, noun, bounds, month, bounds, date_starts)
        event.status = event.status or "planned"
        add_if_new(event, month, by_key, record)
