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


# How long the role before a name on its line may be: a card's first line ("Sabiedrisko attiecību
# speciāliste"), a signature line ("Sociālā dienesta vadītāja Dace Liepa").
ROLE_LINE_REACH = 80


@lru_cache(maxsize=2)
def own_item_label_alternation(spaces: str) -> str:
    """The labels of a person's own item (contacts.toml own_item_labels: "tālrunis", "e-pasts" …), longest
    first, as one regex alternation; `spaces` is the regex a label's inner space matches."""
    return "|".join(re.escape(w).replace(r"\ ", spaces)
                    for w in sorted(vocabulary()["own_item_labels"], key=len, reverse=True))


@lru_cache(maxsize=1)
def item_labels() -> frozenset[str]:
    """The own item labels without their final dot ("tālr", "e-pasts"): what a line's label is not."""
    return frozenset(w.rstrip(".") for w in vocabulary()["own_item_labels"])


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
