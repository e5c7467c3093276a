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
O(events · log ranges): the ranges are indexed once per pass (_Cover), a day asks the index of its
kind of range."""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from ...record import DateMention, Event, Record
from .lexicon import plainest_types


class _Cover:
    """Whether some range of a set holds a day, in one bisection: the ranges by the length of their
    values (a day is inside only a range written as finely as itself, "2027-10-16" – "2027-10-22"),
    sorted by start, with the latest end among each prefix."""

    def __init__(self, ranges: list[Event]):
        by_length: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for r in ranges:
            if len(r.start) == len(r.end):
                by_length[len(r.start)].append((r.start, r.end))
        self._index: dict[int, tuple[list[str], list[str]]] = {}
        for length, pairs in by_length.items():
            pairs.sort()
            latest, ends = "", []
            for _, end in pairs:
                latest = max(latest, end)
                ends.append(latest)
            self._index[length] = ([start for start, _ in pairs], ends)

    def holds(self, day: str) -> bool:
        starts, ends = self._index.get(len(day), ((), ()))
        at = bisect_right(starts, day)  # the ranges that start on the day or before it
        return at > 0 and ends[at - 1] >= day


def _covers(ranges: list[Event], key) -> dict[str, _Cover]:
    grouped: dict[str, list[Event]] = defaultdict(list)
    for r in ranges:
        grouped[key(r)].append(r)
    return {k: _Cover(group) for k, group in grouped.items()}


def _told_apart(e, first_mention: dict[int, DateMention]) -> bool:
    """A one-day event whose noun stands apart from the date that made it."""
    if e.end is not None or e.start is None or e.span is None:
        return False
    mention = first_mention.get(id(e))
    return mention is not None and not e.span.start <= mention.span.start < e.span.end


def drop_title_retold_days(record: Record, first_mention: dict[int, DateMention]) -> None:
    ranges = [e for e in record.events if e.end is not None and e.start is not None and e.title]
    if ranges:
        by_title = _covers(ranges, lambda r: r.title.lower())
        record.events[:] = [e for e in record.events if not (
            _told_apart(e, first_mention) and e.type in by_title and by_title[e.type].holds(e.start))]


def drop_range_generic_days(record: Record, first_mention: dict[int, DateMention]) -> None:
    plainest = plainest_types()
    ranges = [e for e in record.events if e.end is not None and e.start is not None]
    if not ranges:
        return
    every, by_type = _Cover(ranges), _covers(ranges, lambda r: r.type)

    def borrowed_inside(e) -> bool:  # (a noun told with its own day stays)
        return _told_apart(e, first_mention) and (
            every.holds(e.start) if e.type in plainest else e.type in by_type and by_type[e.type].holds(e.start))

    record.events[:] = [e for e in record.events if not borrowed_inside(e)]
