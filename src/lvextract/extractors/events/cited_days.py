"""A past day cited by its year in the genitive before what happened on it ("pieminot 1949. gada
25. marta deportācijas", "1941. gada 14. jūnija deportāciju upuri"): a commemoration's reason, not
a day the text's occurrences take place on, so it parts no programme from the day told before it
(programme.other_day_starts). The month's case decides (month_case.case_can_date: a genitive before
a time of day, "1991. gada 13. janvāra vakarā", or a sitting still dates); the year must be written.
O(dates)."""
from __future__ import annotations

from ...document import Document
from ...record import Record
from .dating import DAY_VALUE
from .month_case import case_can_date
from ...temporal.unknown_year import year_unknown

# "1949. gada 25. marta": a written year before the day.
YEAR_WORD = "gada"


def cited_day_starts(doc: Document, record: Record) -> set[int]:
    return {m.span.start for m in record.dates
            if m.end is None and m.relative is None and DAY_VALUE.match(m.value or "")
            and not year_unknown(m.value) and YEAR_WORD in m.span.text.lower() and not case_can_date(doc, m)}
