"""Those an idea came to are its authors, not the people it serves: "četrām biedrībām, tostarp
“Ozolu partnerībai”, radās ideja par kopīgu projektu", "jauniešiem radās doma rīkot talku", "Ideja
radās novada pensionāriem". A dative group right before a verb of an idea arising and its noun
(an apposition set off by commas may stand between: "…, tostarp …,"), or right after that verb
with the noun before it, is who had the idea; what the idea is for ("ideja rīkot nometni bērniem")
stays served. Words: target_groups.toml [idea_owners] (regular expressions, lower-case). Only the
few characters next to the mention are read (bounded: REACH)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import regex_alternation
from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader

REACH = 120  # characters after the group (an apposition and the verb) or before it (noun and verb)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["idea_owners"]
    arise, nouns = regex_alternation(c["arising"]), regex_alternation(c["nouns"])
    after = re.compile(r"(?:\s*,[^,.;:!?\n]{1,80},)?\s+(?:[^\W\d_]+\s+){0,3}?" + arise
                       + r"\s+(?:[^\W\d_]+\s+)?" + nouns + r"(?!\w)", re.IGNORECASE)
    before = re.compile(r"(?<!\w)" + nouns + r"(?:\s+[^\W\d_]+){0,6}?\s+" + arise + r"\s+(?:[^\W\d_]+(?<!t)(?<!ties)\s+){0,2}?$", re.IGNORECASE)  # no infinitive between: "Doma radās palīdzēt senioriem" is for them
    return after, before


def had_the_idea(reader: Reader, f: Found) -> bool:
    """Whether dative group mention `f` is who an idea came to."""
    if "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    after, before = _patterns()
    text = reader.doc.text
    if after.match(text[f.mention.end:f.mention.end + REACH]):
        return True
    return before.search(text[max(0, f.mention.start - REACH):f.mention.start].rsplit("\n", 1)[-1]) is not None
