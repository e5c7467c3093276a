"""A sport's age class named after seniors is no elderly people: "senioru grupā (40+)", "Seniori
(virs 35 gadiem) startēs atsevišķi" — in sport a "senior" is any adult past the youth classes. A
seniors mention counts so where the ages said in a bracket right after it, or after a class noun right after it
(`class_nouns`, target_groups.toml [age_classes]: "grupa", "klase" …), start below `min_age`; seniors
of their years ("Sporta svētki senioriem (60+)") and seniors said without ages stay."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation
from .ages import ages_in, ages_near
from .mentions import Found
from .reader import Reader

CLASS_REACH = 30  # characters from the mention's end to the end of a class noun right after it
BRACKET = re.compile(r"\s*\(")
BRACKET_REACH = 40  # characters from the mention's end to its bracket's close


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], int, re.Pattern]:
    c = load("target_groups")["age_classes"]
    noun = re.compile(r"\s*(?:vecuma\s+)?(?:" + alternation(c["class_nouns"]) + r")\w*", re.IGNORECASE)
    return frozenset(c["ids"]), int(c["min_age"]), noun


def young_age_class(reader: Reader, f: Found) -> bool:
    """Whether seniors mention `f` is an age class whose ages start below the elderly's."""
    ids, min_age, noun = _words()
    if f.id not in ids:
        return False
    text = reader.doc.text
    end = f.mention.end
    # (its own ages only in a bracket, the class's label: "seniori (virs 35 gadiem)"; a phrase
    # "senioriem vecumā no 55 gadiem" tells whom an offer is for, not a class)
    low = _bracket_low(text, end) if BRACKET.match(text, end) else None
    if low is None and (after := noun.match(text, end, min(len(text), end + CLASS_REACH))):
        low, _ = ages_near(text, f.mention.start, after.end(), min(len(text), after.end() + 100))
    return low is not None and low < min_age


def _bracket_low(text: str, end: int) -> int | None:
    """The lowest age said inside the bracket right after the mention, read no further than its
    close: in "seniori (visi) un jaunieši vecumā no 18 gadiem" the ages are the young people's."""
    close = text.find(")", end, end + BRACKET_REACH)
    if close < 0:
        return None
    ages = ages_in(text[end:close + 1])
    return ages[0] if ages else None
