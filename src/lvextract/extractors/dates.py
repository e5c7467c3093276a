"""dates: the document date, every calendar expression (DateMention) and unresolved-year warnings.

The grammar lives in `lvextract.temporal`; this module only turns its analysis into record
fields. Roles set here: `document`, `period` (year ranges, long ranges), `other`; the events
and deadlines extractors later change `other` to `event` / `deadline` on the mentions they use.
"""
from __future__ import annotations

from ..document import Document
from ..record import DateMention, Record
from ..temporal import analyse


def extract(doc: Document, record: Record) -> None:
    analysis = analyse(doc.text, doc.given_document_date, reference_date=doc.reference_date,
                       published=doc.published_date)
    value = analysis.document_date
    doc.furniture_spans = analysis.furniture
    # The record keeps the grain the text gives: a full day, or a month/year from a metadata line.
    record.document_date = value.isoformat() if hasattr(value, "isoformat") else value
    record.dates.extend(
        DateMention(value=m.value, end=m.end_value, anchored=m.anchored, role=m.role, relative=m.relative,
                    span=doc.span(m.start, m.end))
        for m in analysis.mentions
    )
    record.warnings.extend(analysis.warnings)
