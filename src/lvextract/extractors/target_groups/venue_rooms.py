"""A venue's room or ground said after it in the locative ("jauniešu centra telpās", "bērnu un
jauniešu centra lielajā zālē", "senioru mājas pagalmā") tells where something happens: the
venue is named only to place it, and the group in its name is not served there (as "tikās
jauniešu centrā" is not; genitives.collective_follows asks). Words: target_groups.toml [venue_rooms]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import LOCATIVE_ENDINGS


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["venue_rooms"]
    return tuple(c["rooms"]), tuple(c["adjective_endings"])


def room_follows(reader, venue) -> bool:
    """Whether the venue noun `venue` (a token, not in the locative) is followed by a room or
    ground of it in the locative, past at most one definite adjective in the locative."""
    rooms, adjective_endings = _words()
    after = reader.word_at_or_after(venue.i + 1)
    for _ in range(2):
        if after is None:
            return False
        word = reader.word(after)
        if not word.isalpha():
            return False
        if word.startswith(rooms) and word.endswith(LOCATIVE_ENDINGS):
            return True
        if not word.endswith(adjective_endings):
            return False
        after = reader.word_at_or_after(after + 1)
    return False
