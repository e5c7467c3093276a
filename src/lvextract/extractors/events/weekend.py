"""A weekend told with nothing to count from: "Nedēļas nogalē bibliotēkā notiks tikšanās" in a text
with no document or reference date. RECORD keeps such an occurrence with a null start, as it keeps
one dated by "sestdien"; the date grammar gives the weekend no mention, so one is made here for the
events only (relative "WEEKEND": no weekday, so a digest's "Sestdien, 9. septembrī" about another
item does not date it). O(n) per document."""
from __future__ import annotations

import re

from ...document import Document
from ...word_regex import gated_finditer
from ...record import DateMention, Record
from .unanchored_week import unanchored_weeks
from .week_weekend import week_weekends
from ...temporal.unknown_year import year_unknown

WEEKEND = re.compile(r"(?<!\w)(?:(?:šīs|šās|šo|nākamās|aizvadītās|pagājušās)\s+)?nedēļas\s+nogalē(?!\w)",
                     re.IGNORECASE)


def unanchored_weekends(doc: Document, record: Record) -> list[DateMention]:
    """A mention for each "nedēļas nogalē" no date of the record covers, when the text has no date to
    count from (no document date, no reference date)."""
    # An agency's dateline of an unknown year ("XXXX-03-09") gives no week to count from.
    if (record.document_date is not None and not year_unknown(record.document_date)) or doc.reference_date is not None:
        return week_weekends(doc, record)  # "Pagājušās nedēļas nogalē": the counted week's Saturday
    # "Šīs nedēļas nogalē": the grammar's null week ("Šīs nedēļas") gives the day no value either.
    taken = [(d.span.start, d.span.end) for d in record.dates if d.value is not None]
    found = []
    for m in gated_finditer(WEEKEND, doc.text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        found.append(DateMention(value=None, end=None, anchored=False, relative="WEEKEND",
                                 span=doc.span(m.start(), m.end())))
    return found + unanchored_weeks(doc, record)  # "Šajā nedēļā notika …": a null start too
