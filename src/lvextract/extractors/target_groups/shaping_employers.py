"""Employers who take part in shaping or judging the training of others ("uzņēmumi būs gatavi
piedalīties duālo programmu veidošanā", "darba devēji piedalās kvalifikācijas eksāmenu vērtēšanā")
are its co-makers, not those it serves — as professionals who take part in organising are
(organising_part.runs_it, asked here for the ids of target_groups.toml [shaping_part])."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .organising_part import runs_it
from .reader import Reader


@lru_cache(maxsize=1)
def _ids() -> tuple[str, ...]:
    return tuple(load("target_groups")["shaping_part"]["ids"])


def shapes_it(reader: Reader, f: Found) -> bool:
    """Whether employers mention `f` is the subject of taking part in shaping or judging."""
    return f.id in _ids() and runs_it(reader, f.id, f.mention.start, f.mention.end, _ids())
