"""The little ones said by an adjective of smallness before any noun for people, with an upper
age ("konkursā aicināti mazie pilsētas dziedātāji līdz piecu gadu vecumam", "mazākajiem braucējiem
līdz 7 gadu vecumam"), in a sentence of taking part or applying, are children when that age is at
most [aged_people] `children_max`. Without the ages "mazie" may qualify firms or farms ("mazajiem
uzņēmumiem": little_ones.py), so the ages are needed. Words: target_groups.toml [little_aged].
Only where no children were accepted."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import TargetGroup
from ...word_regex import alternation
from ..vocabulary import load
from .aged_people import add_if_invited
from .ages import age_number


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, int]:
    data = load("target_groups")
    c = data["little_aged"]
    # (up to two words may stand between the adjective and the noun: "mazie pilsētas dziedātāji")
    # (the age said as one: "vecumā (no N) līdz M gadiem" or "(no N) līdz M gadu vecumam"; not "līdz 10
    # gadu darbības laikam")
    pattern = re.compile(r"(?<![\w-])" + alternation(c["adjectives"]) + r"\s+(?:[^\W\d]\w*\s+){1,2}?"
                         + r"(?:vecumā\s+(?:no\s+(?P<min>\w+)\s+)?līdz\s+(?P<max>\w+)\s+gad\w*"
                         + r"|(?:no\s+(?P<min2>\w+)\s+)?līdz\s+(?P<max2>\w+)\s+gadu\s+vecum\w*)", re.I)
    return pattern, int(data["aged_people"]["children_max"])


@lru_cache(maxsize=1)
def _adjectives() -> re.Pattern:
    return re.compile(r"(?<![\w-])" + alternation(load("target_groups")["little_aged"]["adjectives"]) + r"\s", re.I)


def might_apply(text: str) -> bool:
    """Whether `text` may say the little ones with an age at all (one of the adjectives themselves,
    not any "maz": "vismaz", "mazāk"): else no need to look."""
    return "līdz" in text and _adjectives().search(text) is not None


def little_aged(reader, entries: dict[str, TargetGroup]) -> None:
    """Add children said as "mazie …" with an upper age to `entries` (id → group)."""
    if "children" in entries:
        return
    text = reader.doc.text
    if not might_apply(text):
        return
    pattern, children_max = _words()
    for m in pattern.finditer(text):
        said_low, said_high = m["min"] or m["min2"], m["max"] or m["max2"]
        high = age_number(said_high)
        low = age_number(said_low) if said_low else None
        if high is None or high > children_max or (said_low and (low is None or low > high)):
            continue
        if add_if_invited(reader, entries, "children", m, low, high):
            return
