"""A participle of living somewhere before a group ("Ozolu reģionā dzīvojošos jauniešus"): its place
words stand between a verb done to people and the group, so that verb may stand farther back
(served.is_served; target_groups.toml [context] residence_participles). One look at the word right
before the group (issue 13: no rescans)."""
from __future__ import annotations

from .reader import Reader

# "aktivizēt Ozolu reģionā dzīvojošos jauniešus": the verb five words back at most
RESIDENCE_REACH = 5


def lives_there(reader: Reader, start: int) -> bool:
    """Whether the word right before token `start` is a participle of living or being registered."""
    before = reader.previous_word(start)
    return before is not None and reader.word(before).startswith(reader.ctx.residence_participles)
