"""A group as the subject of a chance an occasion offers ("Aicinām uz tikšanos. Jaunieši varēs
uzdot jautājumus deputātiem", "Pēc koncerta seniori varēs padejot"): they are those it is for, as
"jaunieši varēja iepazīties ar profesijām" (participation_phrases) says of learning or trying. Only
the group right before the modal, its subject — not other groups of the sentence ("… uz kuriem
atbildēs speciālisti"). Words: target_groups.toml [offered_pastimes]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .followed_by import accept_followed_by
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _after_group() -> re.Pattern:
    return re.compile(load("target_groups")["offered_pastimes"]["after_group"], re.IGNORECASE)


def accept_offered_pastimes(reader: Reader, found: list[Found]) -> None:
    """Accept each nominative group mention that is the subject of an offered pastime."""
    accept_followed_by(reader, found, _after_group())
