"""Days inside an occurrence's range that take the generic word from another sentence ("… rīko
kultūras projektu gadatirgu no 3. līdz 5. jūnijam. … par pasākuma norises vietām izvēlētas …:" /
"03.06. – Kultūras biedrībā …" / "04.06. – Kultūras pilī …"): the generic word retells the ranged
occurrence, and each listed day is a day of it, not an occurrence of its own (RECORD.md: "pasākums"
only when nothing more specific is said of the same occurrence). So is a day that takes the range's
own noun from a lead ("… ieskatu Bibliotēku nedēļas notikumos:" / "21. aprīlī lasītāji tikās ar …"):
a day of that week. Only a plainest generic event ([generic] plainest) or one of the range's own type
whose noun stands apart from its date, on a day from the range's first to its last; one whose
sentence names it beside its day ("6. jūnijā estrādē notika pasākums") stays.
O(events · ranges)."""
from __future__ import annotations

from ...record import DateMention, Record
from .lexicon import vocabulary


def drop_range_generic_days(record: Record, first_mention: dict[int, DateMention]) -> None:
    plainest = frozenset(vocabulary()["generic"]["plainest"])
    ranges = [e for e in record.events if e.end is not None and e.start is not None]
    if not ranges:
        return

    def borrowed_inside(e) -> bool:
        if e.end is not None or e.start is None or e.span is None:
            return False
        mention = first_mention.get(id(e))
        if mention is None or e.span.start <= mention.span.start < e.span.end:
            return False  # the noun told with its own day
        return any(r is not e and (e.type in plainest or e.type == r.type)
                   and len(r.start) == len(e.start) == len(r.end) and r.start <= e.start <= r.end for r in ranges)

    record.events[:] = [e for e in record.events if not borrowed_inside(e)]
