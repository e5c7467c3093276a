"""A bare "Erasmus" (no plus) in a text of the Lifelong Learning Programme's years (2007–2013) is
that programme's sub-programme, not Erasmus+ ("Mūžizglītības programmas Comenius, Erasmus,
Leonardo da Vinci un Grundtvig apakšprogrammās", dated 2011): funding.toml [erasmus_era]."""
from __future__ import annotations

from ..document import Document
from ..record import Record
from .vocabulary import Mention, load, vocabulary
from ..temporal.unknown_year import year_unknown


def before_erasmus_plus(doc: Document, record: Record, mention: Mention) -> bool:
    """The mention is a bare "Erasmus" and the text is of the years before Erasmus+ (its document
    date, else the latest year it states) or names the Lifelong Learning Programme."""
    era = load("funding")["erasmus_era"]
    if mention.id != "ERASMUS_PLUS" or doc.text[mention.start:mention.end] != era["bare"]:
        return False
    # (asked once per document: a text may say "Erasmus" many times)
    return doc.derived("before_erasmus_plus", lambda d: _before(d, record, era["first_year"]))


def _before(doc: Document, record: Record, first_year: int) -> bool:
    if vocabulary("funding", "lifelong_learning").find(doc):
        return True
    year = _text_year(record)
    return year is not None and year < first_year


def _text_year(record: Record) -> int | None:
    """The document date's year, else the latest year a calendar expression states (a relative
    one states none)."""
    if record.document_date and not year_unknown(record.document_date):
        return int(record.document_date[:4])
    years = [int(d.value[:4]) for d in record.dates
             if d.relative is None and d.value and not year_unknown(d.value)]
    return max(years, default=None)
