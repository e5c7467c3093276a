"""Days inside an occurrence's range that take the generic word from another sentence ("… rīko
kultūras projektu gadatirgu no 3. līdz 5. jūnijam. … par pasākuma norises vietām izvēlētas …:" /
"03.06. – Kultūras biedrībā …" / "04.06. – Kultūras pilī …"): the generic word retells the ranged
occurrence, and each listed day is a day of it, not an occurrence of its own (RECORD.md: "pasākums"
only when nothing more specific is said of the same occurrence). So is a day that takes the range's
own noun from a lead ("… ieskatu Bibliotēku nedēļas notikumos:" / "21. aprīlī lasītāji tikās ar …"):
a day of that week. Only a plainest generic event ([generic] plainest) or one of the range's own type
whose noun stands apart from its date, on a day from the range's first to its last; one whose
sentence names it beside its day ("6. jūnijā estrādē notika pasākums") stays.
A day whose noun retells a range by its quoted name ("rīko akciju „Labo darbu nedēļa” no 16. līdz 22.
oktobrim" … "19. oktobrī vadīja nodarbību. „Labo darbu nedēļā” mēs …") is a day of that range too; it goes
before the generic twins are dropped (after_walk.py), so the day's own noun ("nodarbība") stays.
O(events · ranges)."""
from __future__ import annotations

from ...record import DateMention, Record
from .lexicon import vocabulary


def _inside(e, ranges, same) -> bool:
    return any(r is not e and same(e, r) and len(r.start) == len(e.start) == len(r.end) and r.start <= e.start <= r.end
               for r in ranges)


def _told_apart(e, first_mention: dict[int, DateMention]) -> bool:
    """A one-day event whose noun stands apart from the date that made it."""
    if e.end is not None or e.start is None or e.span is None:
        return False
    mention = first_mention.get(id(e))
    return mention is not None and not e.span.start <= mention.span.start < e.span.end


def drop_title_retold_days(record: Record, first_mention: dict[int, DateMention]) -> None:
    ranges = [e for e in record.events if e.end is not None and e.start is not None and e.title]
    if ranges:
        record.events[:] = [e for e in record.events if not (
            _told_apart(e, first_mention) and _inside(e, ranges, lambda e, r: e.type == r.title.lower()))]


def drop_range_generic_days(record: Record, first_mention: dict[int, DateMention]) -> None:
    plainest = frozenset(vocabulary()["generic"]["plainest"])
    ranges = [e for e in record.events if e.end is not None and e.start is not None]
    if not ranges:
        return

    def borrowed_inside(e) -> bool:  # (a noun told with its own day stays)
        return _told_apart(e, first_mention) and _inside(e, ranges, lambda e, r: e.type in plainest or e.type == r.type)

    record.events[:] = [e for e in record.events if not borrowed_inside(e)]
