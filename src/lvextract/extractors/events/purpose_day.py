"""An occurrence named inside a purpose clause that has a day of its own ("Koris šodien sāka
mēģinājumus, lai 8. jūlijā piedalītos koncertā"): the purpose's day is the occurrence's, so the
noun is not lent to a day told outside the clause (today's rehearsals are no concert). The clauses
are purpose_clause's (events.toml [purpose_clause] openers). O(log n) per event."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention
from .offsets import any_between
from .purpose_clause import inside_purpose


def dated_elsewhere_in_purpose(doc: Document, noun, mention: DateMention, day_starts: list[int]) -> bool:
    """The noun stands in a purpose clause the date is outside of, and a day dates the clause's verb."""
    span = inside_purpose(doc, noun.start)
    if span is None or span[0] <= mention.span.start < span[1]:
        return False
    # Only a day between the opener and the noun dates the purpose's own verb ("lai 8. jūlijā
    # piedalītos koncertā"); one after the noun is what it is about ("koncertā, kas veltīts 4. maija
    # svētkiem") and leaves the occurrence the outside day's.
    return any_between(day_starts, (span[0], noun.start))
