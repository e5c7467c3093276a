"""A gathering of a group left out of the collectives (target_groups.toml [context]
`collective_excluded_ids`: NGOs, women) is still held for them: "biedrību asociācija" names an
umbrella organisation, but "notika nevalstisko organizāciju forums" and "sieviešu konference"
gather those groups (`excluded_gatherings`). Reads the one word after the genitive."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _gatherings() -> re.Pattern:
    return re.compile("|".join(load("target_groups")["context"]["excluded_gatherings"]))


def gathering_follows(reader, end: int) -> bool:
    """Whether the word right after token `end` (a group's genitive) is a gathering's noun."""
    at = reader.word_at_or_after(end)
    if at is None or at != reader.skip_space(end):
        return False
    word = reader.sdoc[at].text
    return word.islower() and _gatherings().fullmatch(word) is not None
