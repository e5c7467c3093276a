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
        return re.compile(r"(?<!\w)(?:" + _by_first_letter(ordered) + r")(?!\w)", re.IGNORECASE)
    v = vocabulary()
    return alternation(v["contact_cues"]), alternation(v["author_cues"])


def _by_first_letter(phrases: list[str]) -> str:
    """The phrases as one alternation, grouped by their first letter ("s(?:azināties\\s+ar|…)"):
    at a word start the regex tries one group, not every phrase (people.py scans a text for the
    cues several times). The first letters differ also without case, so at most one group can
    match at a position, and inside it the phrases keep their order: the same phrase wins."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0].lower(), []).append(phrase[1:])
    assert not any(a != b and re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in groups for b in groups)
    escape = lambda part: re.escape(part).replace(r"\ ", r"\s+")  # noqa: E731
    return "|".join(escape(first) + "(?:" + "|".join(map(escape, rests)) + ")" for first, rests in groups.items())
