"""The contacts extractor's vocabulary (extractors/data/contacts.toml) and the letter classes and
cue patterns every other module of the package builds on."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import datafiles

UPPER = "A-ZĀČĒĢĪĶĻŅŌŠŪŽ"
LOWER = "a-zāčēģīķļņōšūž"
NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
WORD = re.compile(rf"[\w{LOWER}{UPPER}]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return datafiles.vocabulary("contacts")


@lru_cache(maxsize=1)
def cue_patterns() -> tuple[re.Pattern, re.Pattern]:
    def alternation(phrases: list[str]) -> re.Pattern:
        ordered = sorted(set(phrases), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + r")(?!\w)",
                          re.IGNORECASE)
    v = vocabulary()
    return alternation(v["contact_cues"]), alternation(v["author_cues"])
