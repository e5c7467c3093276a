"""A group as the subject of a passive of serving ("Jaunieši tika iepazīstināti ar cietokšņa
vēsturi", "Seminārā pedagogi tiks informēti par izmaiņām", "bērni tika izklaidēti"): what is done
is done to them, so they are those the occasion is for, as the active "iepazīstināja jauniešus"
says. Only a participant form right before the auxiliary (a few words may stand between: "skolēni
no Rīgas tika …"), and only verbs that give, teach or inform — not honouring ("tika apbalvoti":
honoured) nor acting ones. Words: target_groups.toml [passive_served]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .followed_by import accept_followed_by
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _after_group() -> re.Pattern:
    c = load("target_groups")["passive_served"]
    verbs = "|".join(c["verbs"])
    pattern = (r"(?:[ \t]+[^\W\d_]+){0,%d}?[ \t]+(?:%s)[ \t]+(?:(?:%s)[ \t]+)?(?:%s)(?:%s)(?!\w)"
               % (c["words_between"], "|".join(c["auxiliaries"]), "|".join(c["adverbs"]), verbs, "|".join(c["endings"])))
    return re.compile(pattern, re.IGNORECASE)


def accept_passive_served(reader: Reader, found: list[Found]) -> None:
    """Accept each participant-form group mention that a passive of serving follows."""
    accept_followed_by(reader, found, _after_group())
