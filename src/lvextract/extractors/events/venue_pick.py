"""The venue of one event, picked from its clause's venue groups without filtering them whole: the
same answer as `places.pick_venue` over the groups kept to the event's part (`contrast.venues_in`)
and passed through `noun_adjective`, `venue_own_noun`, `purpose_clause` and `office_seat`, but read
only near the noun, the date and the bracket, not once over every venue of the clause per event. On
one long sentence of dated items with venues ("Rīgā, Doma laukumā, koncerts 12. jūnijā plkst. 19.00,
…") those filters read every venue of the text per event (issue 13: 100 KB took 8 CPU-s in events).

The groups are sorted by offset (`places.venue_candidates`); the two filters that change venues
(dropping the noun's adjective, cutting a venue at the noun) touch only the venues that start near
the noun, so those are filtered as before and the rest is read in place, each venue asked the two
filters that keep or drop it one by one (purpose clause, office seat) only when the pick reaches it.
A cut venue that moves past the next one leaves the group unsorted: then the groups are filtered
whole, as before. The last fallback (the first venue kept anywhere in the group) skips a group's runs
of venues after an envoy's noun by an index made once per group, and another event's purpose clause by
bisection ("vēstnieks Latvijas Republikā" after every item dropped them all, and each event walked the
whole group). O(groups · (log venues + venues near the noun + purpose clauses and runs skipped))."""
from __future__ import annotations

import bisect
from typing import Callable

from ...document import Document
from ...latvian import places
from .contrast import venues_in
from .noun_adjective import ADJECTIVE_REACH, without_noun_adjective
from .noun_mention import NounMention
from .office_seat import after_envoy, without_office_seat
from .purpose_clause import clause_at, purpose_spans, without_purpose
from .venue_own_noun import VENUE_REACH, near, without_own_noun

Venue = tuple[int, str]


class _Joined:
    """A read-only sequence of three lists one after another (bisect reads it by index)."""

    def __init__(self, *parts: list[Venue]):
        self.parts = [p for p in parts if p]
        self._len = sum(len(p) for p in self.parts)

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int) -> Venue:
        for part in self.parts:
            if i < len(part):
                return part[i]
            i -= len(part)
        raise IndexError(i)


def any_venue_in(groups: list[list[Venue]], part: tuple[int, int]) -> bool:
    """`any(venues_in(groups, part))` by bisection."""
    return any(lo < hi for lo, hi in (near(group, part[0], part[1]) for group in groups))


def _filtered_whole(doc, groups, part, noun, after, stop, before) -> str | None:
    kept = groups if part is None else venues_in(groups, part)
    venues = without_office_seat(doc, without_purpose(doc, without_own_noun(doc, without_noun_adjective(
        doc, kept, noun), noun), noun.start))
    return places.pick_venue(venues, after=after, stop=stop, before=before)


def pick_kept_venue(doc: Document, groups: list[list[Venue]], part: tuple[int, int] | None, noun: NounMention,
                    after: int, stop: int | None, before: tuple[int, int] | None) -> str | None:
    """The venue `places.pick_venue(after, stop, before)` picks from `groups` kept to `part` (None:
    all of them) without the noun's adjective, cut at the noun, without a purpose clause's venues
    and an office's seat."""
    reach = max(VENUE_REACH, ADJECTIVE_REACH)
    views = []
    for group in groups:
        a, b = (0, len(group)) if part is None else near(group, part[0], part[1])
        lo, hi = near(group, noun.start - reach, noun.start + 1)
        wl = min(max(a, lo), b)
        views.append((group, a, wl, max(min(b, hi), wl), b))
    # the venues near the noun filtered as the whole groups were: both filters read only these
    windows = without_own_noun(doc, without_noun_adjective(doc, [g[wl:wh] for g, _a, wl, wh, _b in views], noun), noun)
    lists = []
    for (group, a, wl, wh, b), window in zip(views, windows):
        if window and ((wh < b and window[-1][0] > group[wh][0]) or (wl > a and group[wl - 1][0] > window[0][0])):
            return _filtered_whole(doc, groups, part, noun, after, stop, before)  # a cut venue moved past the next
        lists.append(_Joined(_Slice(group, a, wl), window, _Slice(group, wh, b)))
    keep = _keeper(doc, noun)
    if before is not None:
        for venues in lists:
            i = bisect.bisect_left(venues, (before[1], "")) - 1
            while i >= 0 and venues[i][0] >= before[0]:
                if keep(venues[i]):
                    return venues[i][1]
                i -= 1
    for venues in lists:
        if after is not None:
            i = bisect.bisect_left(venues, (after, ""))
            while i < len(venues) and (stop is None or venues[i][0] < stop):
                if keep(venues[i]):
                    return venues[i][1]
                i += 1
        first = _first_kept(doc, venues, keep)
        if first is not None:
            return first[1]
    return None


def _first_kept(doc: Document, venues: "_Joined", keep: Callable[[Venue], bool]) -> Venue | None:
    """The first venue `keep` keeps, in order: a group's runs of venues after an envoy's noun are
    skipped by an index made once per group, and another event's purpose clause by bisection, so
    a group whose venues are all dropped is not walked once per event."""
    spans = purpose_spans(doc)
    for part in venues.parts:
        if not isinstance(part, _Slice):
            for venue in part:  # the window near the noun: a few venues
                if keep(venue):
                    return venue
            continue
        group, j, end = part.group, part.start, part.start + len(part)
        seat_next, offsets = _seat_index(doc, group)
        while j < end:
            j = seat_next[j]
            if j >= end:
                break
            venue = group[j]
            if keep(venue):
                return venue
            span = clause_at(spans, venue[0]) if spans else None
            # dropped inside another event's purpose clause: on past the clause
            j = max(j + 1, bisect.bisect_left(offsets, span[1])) if span is not None else j + 1
    return None


def _seat_index(doc: Document, group: list[Venue]) -> tuple[list[int], list[int]]:
    """For each venue of `group`, the index of the first venue from it on that no envoy's noun
    precedes (`office_seat`), and the venues' offsets: once per group (the groups of a clause are
    made once per document and shared by its events)."""
    cache = doc.derived("events.venue_seat_index", lambda _doc: {})
    known = cache.get(id(group))
    if known is not None and known[0] is group:
        return known[1], known[2]
    seat_next = [len(group)] * (len(group) + 1)
    for k in range(len(group) - 1, -1, -1):
        seat_next[k] = seat_next[k + 1] if after_envoy(doc.text, group[k][0]) else k
    offsets = [v[0] for v in group]
    cache[id(group)] = (group, seat_next, offsets)
    return seat_next, offsets


class _Slice:
    """group[start:end] read in place, not copied."""

    def __init__(self, group: list[Venue], start: int, end: int):
        self.group, self.start, self._len = group, start, max(0, end - start)

    def __len__(self) -> int:
        return self._len

    def __bool__(self) -> bool:
        return self._len > 0

    def __getitem__(self, i: int) -> Venue:
        if not 0 <= i < self._len:
            raise IndexError(i)
        return self.group[self.start + i]


def _keeper(doc: Document, noun: NounMention) -> Callable[[Venue], bool]:
    """Whether a venue outlives `purpose_clause.without_purpose` and `office_seat.without_office_seat`."""
    spans = purpose_spans(doc)
    own = clause_at(spans, noun.start) if spans else None
    text = doc.text

    def keep(venue: Venue) -> bool:
        if spans and (span := clause_at(spans, venue[0])) is not None and span != own:
            return False
        return not after_envoy(text, venue[0])
    return keep
