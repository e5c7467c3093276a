"""One occurrence told on the same day (or days) under two kinds that name it alike: a feast and its
"svinības" ("Siguldas svētki 10.–12. augustā" … "aicinot uz svinībām 10.–12. augustā"), a public
consultation's hearing and its meeting ("publiskā apspriešana" in the headline and the card,
"Publiskās apspriešanas sanāksme notiks … plkst. 18.00" in the body). RECORD.md: one occurrence
is one event. [kind_twins] pairs the kind dropped with the kinds that keep the occurrence, or names
kinds `alike` of which the one told later is dropped ("5. martā notiks līguma parakstīšana.
Ceremonija sāksies plkst. 11": the signing's ceremony); an hour apart on both, or one told held and
the other planned, tells two occurrences, and so, for a row marked `same_place`, do two venues named
apart or a later one told taking place in its own words (a fair told as "gadatirgus" and then
"Tirdziņu varēs apmeklēt" is one fair; "Tajā pašā dienā skolā notiks labdarības tirdziņš" another);
a contest's round retold by the contest word on its day is the round. O(events)."""
from __future__ import annotations

from functools import lru_cache

from ...record import Record
from .lexicon import happens_pattern, vocabulary


@lru_cache(maxsize=1)
def _pairs() -> dict[str, frozenset[str]]:
    pairs: dict[str, frozenset[str]] = {}
    for row in vocabulary()["kind_twins"]:
        if "drop" in row:
            pairs[row["drop"]] = frozenset(row["keep"])
        else:  # alike: each drops beside any other of its group told before it
            for kind in row["alike"]:
                pairs[kind] = frozenset(row["alike"]) - {kind}
    return pairs


def _earlier(a, b) -> bool:
    return a.span is None or b.span is None or a.span.start < b.span.start


@lru_cache(maxsize=1)
def _placed() -> frozenset[str]:
    return frozenset(k for row in vocabulary()["kind_twins"] if row.get("same_place")
                     for k in (*row.get("alike", ()), row.get("drop", ""), *row.get("keep", ())) if k)


def _told_happening(a) -> bool:
    """The later one `a`, of a kind whose twins must share one place, told taking place in its own
    span (a bare mention is the earlier one told again): read once per event, not per pair."""
    return a.type in _placed() and a.span is not None and happens_pattern().search(a.span.text) is not None


def _apart(a, b, told: bool) -> bool:
    """For the kinds whose twins must share one place: two venues named apart, or `a` told taking
    place (`told`, _told_happening)."""
    if a.type not in _placed():
        return False
    if a.place is not None and b.place is not None and a.place.casefold() != b.place.casefold():
        return True
    return told


@lru_cache(maxsize=1)
def _alike() -> frozenset[str]:
    return frozenset(k for row in vocabulary()["kind_twins"] for k in row.get("alike", ()))


def drop_kind_twins(record: Record, fill) -> None:
    """`fill(kept, dropped)` gives the kept event what only the dropped one knew."""
    pairs = _pairs()
    if not any(e.type in pairs for e in record.events):
        return
    keepers: dict[tuple, list] = {}
    for e in record.events:
        if e.start is not None:
            keepers.setdefault((e.start, e.end), []).append(e)
    gone: set[int] = set()
    for e in record.events:
        kinds = pairs.get(e.type)
        if kinds is None or e.start is None:
            continue
        told = _told_happening(e)
        same = next((o for o in keepers.get((e.start, e.end), ()) if o.type in kinds and id(o) not in gone
                     and not (e.start_time and o.start_time and e.start_time != o.start_time)
                     and not (e.status and o.status and e.status != o.status)
                     and not _apart(e, o, told)
                     and (e.type not in _alike() or o.type not in _alike() or _earlier(o, e))), None)
        if same is not None:
            fill(same, e)
            gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]


# A named day's singular and plural heads ("Atvērto baznīcu dienas 18.–19.06." in a headline, read
# as "… diena", and "piedalīties Atvērto baznīcu dienās 18. un 19. jūnijā" in the body, "… dienas").
DAY, DAYS = " diena", " dienas"


def drop_day_number_twins(record: Record, fill) -> None:
    """One named occurrence over several days told once by the singular head and once by the
    plural: one event, typed by the plural, which the days' range says. O(events)."""
    plural = {(e.type, e.start, e.end): e for e in record.events if e.end is not None and e.type.endswith(DAYS)}
    if not plural:
        return
    gone: set[int] = set()
    for e in record.events:
        if e.end is not None and e.type.endswith(DAY):
            twin = plural.get((e.type + "s", e.start, e.end))
            if twin is not None and not (e.status and twin.status and e.status != twin.status):
                fill(twin, e)
                gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]
