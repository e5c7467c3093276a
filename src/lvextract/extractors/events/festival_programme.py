"""A festival's days told in the running text above its programme ("No 3. līdz 6. jūnijam notiks teātra
festivāls … PROGRAMMA / Trešdiena, 4. jūnijs / 17.30 “…” – izrāde"): the items under its day headings are
public occurrences of their own, each dated by its heading, not parts of the festival as a camp's or a
course's sessions are (posters.py covers the days of any other occurrence told above). The kinds:
events.toml [festival_programme]. O(1) per event."""
from __future__ import annotations

from functools import lru_cache

from ...record import Event
from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return frozenset(vocabulary()["festival_programme"]["kinds"])


def lists_own_occurrences(event: Event) -> bool:
    """Whether the event's programme lists occurrences of their own (a festival's), so its days head them."""
    return event.type in _kinds()
