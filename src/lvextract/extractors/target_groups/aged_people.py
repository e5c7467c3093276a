"""People named by no group word but by their ages: "aicina lasītājus vecumā no 6 līdz 17 gadiem"
invites children (6–17). A noun for people of target_groups.toml [aged_people] `nouns` (word
beginnings) right before "vecumā no N līdz M gadiem", in a sentence of taking part or applying,
names children when M is at most `children_max`, young people when N is at least `youth_min`
and M at most `youth_max`; an upper age alone ("dalībnieki līdz 12 gadu vecumam", "vecumā līdz 10
gadiem") names children only. Only where no mention of that id was accepted."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import TargetGroup
from ...word_regex import alternation
from ..vocabulary import load
from .ages import LOW_SAID, age_range


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, int, int, int]:
    c = load("target_groups")["aged_people"]
    pattern = re.compile(r"(?<!\w)" + alternation(c["nouns"]) + r"\w*\s+" + age_range(LOW_SAID, dashes="-–")
                         + r"\w*", re.I)
    return pattern, int(c["children_max"]), int(c["youth_min"]), int(c["youth_max"])


@lru_cache(maxsize=1)
def _upper_only() -> re.Pattern:
    """The same nouns with an upper age alone, "vecumā līdz M gadiem" or "līdz M gadu vecumam"."""
    c = load("target_groups")["aged_people"]
    return re.compile(r"(?<!\w)" + alternation(c["nouns"]) + r"\w*\s+(?:vecumā\s+līdz\s+(?P<max>\d{1,2})\s+gad\w*"
                      + r"|līdz\s+(?P<max2>\d{1,2})\s+gadu\s+vecum\w*)", re.I)


def aged_people(reader, entries: dict[str, TargetGroup]) -> None:
    """Add children or youth said only by their ages to `entries` (id → group)."""
    pattern, children_max, youth_min, youth_max = _words()
    text = reader.doc.text
    if "vecum" not in text:
        return
    for m in pattern.finditer(text):
        low, high = int(m["min"]), int(m["max"])
        if low > high:
            continue
        group = "children" if high <= children_max else "youth" if youth_min <= low and high <= youth_max else None
        if group is not None and group not in entries:
            add_if_invited(reader, entries, group, m, low, high)
    # (an upper age alone says children only: "dalībnieki līdz 12 gadu vecumam"; "līdz 30" may be anyone)
    if "children" in entries or "līdz" not in text:
        return
    for m in _upper_only().finditer(text):
        high = int(m["max"] or m["max2"])
        if high <= children_max and add_if_invited(reader, entries, "children", m, None, high):
            return


def add_if_invited(reader, entries: dict[str, TargetGroup], group: str, m: re.Match, low: int | None, high: int) -> bool:
    """Add `group` said by match `m` with its ages to `entries` where its sentence is one of taking
    part or applying (here and young_people.py); whether it did."""
    if not (reader.in_participation_sentence(m.start()) or reader.in_applying_sentence(m.start())):
        return False
    span = reader.doc.span(m.start(), m.end())
    entries[group] = TargetGroup(id=group, text=" ".join(span.text.split()), age_min=low, age_max=high, span=span)
    return True
