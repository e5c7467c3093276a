"""A building's use named to place something: a group's venue said as what a place is or was now or
once, in an aside or a "kur" clause ("notiks vecajā skolā (tagad tur jauniešu centrs)", "pagastmājā, kur
tagad atrodas senioru dienas centrs"), tells where, not whom the text's event serves. The venue as the
subject of its own sentence stays ("Tagad jauniešu centrs piedāvā arī …"). Words: target_groups.toml
[place_use]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    c = load("target_groups")["place_use"]
    return frozenset(c["times"]), frozenset(c["asides"]), frozenset(c["there"]), int(c["reach"])


def _venue_follows(reader: Reader, f: Found) -> bool:
    """Whether a venue noun ("centrs", "māja") follows the genitive, past one kind word ("dienas")."""
    for step, i in enumerate(reader.words_ahead(f.mention.token_end, 2)):
        word = reader.word(i)
        if reader.ctx.venues.fullmatch(word):
            return True
        if step or not reader.ctx.collective_between.fullmatch(word):
            return False
    return False


def place_in_use(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is the genitive of a venue named as a place's use in an aside or "kur" clause."""
    times, asides, there, reach = _settings()
    if f.modifier or not _venue_follows(reader, f):
        return False
    seen_there = False
    for i in reader.words_back(f.mention.token_start, reach):
        word = reader.word(i)
        if word in there:
            seen_there = True
            continue
        if word in times:
            before = reader.previous_word(i)
            return seen_there or (before is not None and reader.word(before) in asides)
        if reader.sdoc[i].is_punct:
            return False
    return False
