"""One occurrence told twice on the same day under two words of one head: "koncerts" and then
"kopkoncerts" (or "labdarības koncerts") at the same venue, with no hour apart ("6. jūlijā
Dzintaros izskanēja koncerts … kopkoncerts …, kas notika 6. jūlijā Dzintaros"). RECORD.md
scores an event by (type, start): the retold one is the first, not a second occurrence.
So is a bare head dated only by the programme it stands in ("Pēc dižkoncerta – balle. Plkst. 21.00
notiks zaļumballe"; "… dižkoncerts. Plkst. 18 sāksies koncerts"): with no place and no day in its
own words it names the compound's occurrence, which is kept. O(events · events of one day)."""
from __future__ import annotations

from functools import lru_cache

from ...record import Event, Record
from .lexicon import vocabulary
from .offsets import any_between


@lru_cache(maxsize=1)
def _premiere_prefixes() -> tuple[str, ...]:
    return tuple(vocabulary()["compound_twins"]["premiere_prefixes"])


def _premiere_of(a: str, b: str) -> bool:
    """"pirmizrāde" of "izrāde": `a` is the head `b` closed under a premiere's prefix."""
    return " " not in a and a.endswith(b) and a[:len(a) - len(b)] in _premiere_prefixes()


def _placed_apart(a: Event, b: Event) -> bool:
    return a.place is not None and b.place is not None and not _same_place(a.place, b.place)


def _head(kind: str) -> str:
    return kind.split()[-1]


def _one_head(a: str, b: str) -> bool:
    """"koncerts" ~ "kopkoncerts" ~ "labdarības koncerts": one is the other's head, glued or spaced."""
    if a == b:
        return False
    ha, hb = _head(a), _head(b)
    shorter, longer = sorted((ha, hb), key=len)
    return len(shorter) >= 5 and longer.endswith(shorter)


def _same_place(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and (a in b or b in a)


def _bare_head(e: Event, other: Event, date_starts: list[int]) -> bool:
    """`e` has the shorter head of the two, says no place and was dated by no day in its own words
    (no date mention, "sestdien" included, inside its span)."""
    return len(_head(e.type)) < len(_head(other.type)) and e.place is None \
        and not any_between(date_starts, (e.span.start, e.span.end))


def drop_compound_twins(record: Record, fill) -> None:
    """`fill(kept, other)` gives the kept one what only the dropped one knew."""
    by_day: dict[tuple, list[Event]] = {}
    for e in record.events:
        if e.start is not None:
            by_day.setdefault((e.start, e.end), []).append(e)
    dropped: set[int] = set()
    date_starts = sorted(d.span.start for d in record.dates)
    for events in by_day.values():
        for i, first in enumerate(events):
            for later in events[i + 1:]:
                if id(later) in dropped or id(first) in dropped or not _one_head(first.type, later.type):
                    continue
                if first.start_time and later.start_time and first.start_time != later.start_time:
                    continue
                premiere = _premiere_of(first.type, later.type) or _premiere_of(later.type, first.type)
                if first.status != later.status and not (premiere and None in (first.status, later.status)):
                    continue  # one told held and one planned; a premiere's verbless line tells no tense
                if _premiere_of(first.type, later.type) and not _placed_apart(first, later):
                    kept, other = first, later  # "pirmizrāde" … "tiks spēlēta izrāde": the premiere
                elif _premiere_of(later.type, first.type) and not _placed_apart(first, later):
                    kept, other = later, first
                elif _same_place(first.place, later.place) or _bare_head(later, first, date_starts):
                    kept, other = first, later
                elif _bare_head(first, later, date_starts):
                    kept, other = later, first
                else:
                    continue
                fill(kept, other)
                dropped.add(id(other))
    if dropped:
        record.events[:] = [e for e in record.events if id(e) not in dropped]
