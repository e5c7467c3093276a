"""Two items of one kind on one day at one hour are one occurrence told twice, unless the text
tells them apart: "plkst. 12 koncerts „A” estrādē, plkst. 12 koncerts „B” parkā" are two concerts.
O(1) per pair."""
from __future__ import annotations

from ...record import Event


def _head(place: str) -> str:
    return place.split()[0].casefold()[:4]


def told_apart(event: Event, known: Event) -> bool:
    """Whether `event` is another occurrence than `known`: both have quoted names and they differ,
    or both have venues that share no leading word ("Lejas estrāde" and "Lejas parks" may be one
    place said twice; "Lejas estrāde" and "Ozolu parks" are not)."""
    if event.title and known.title and event.title.casefold() != known.title.casefold():
        return True
    if event.place and known.place and event.place != known.place:
        return _head(event.place) not in known.place.casefold() and _head(known.place) not in event.place.casefold()
    return False
