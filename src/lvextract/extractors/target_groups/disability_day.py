"""The day of people with disabilities is the occasion a text marks, not people served:
"Atzīmējot Starptautisko personu ar invaliditāti dienu, bibliotēkā atklās izstādi" — a group of
the listed ids right before a form of "diena" (target_groups.toml [disability_day]), as "romu
diena" names a day (the _peoples_day entry). Kept as a mention, so that its "ar" governs no word
after it. A concert for them that day is said apart ("koncertu personām ar invaliditāti") and
counts; their day centre ("dienas centrs") is no day. The genitive "dienas" names the day only before a
word of marking it ("Starptautiskās Nedzirdīgo dienas svinības", "Skolotāju dienas ietvaros"); elsewhere it is
"day-" ("dienas centrs", "dienas nometne", "pedagogu dienas kursi"). Only the next two words are read."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _day() -> tuple[frozenset[str], re.Pattern]:
    c = load("target_groups")["disability_day"]
    forms = alternation(c["day_forms"])
    genitive = rf"{re.escape(c['genitive_day'])}\s+(?:{alternation(c['day_marking_words'])})"
    return frozenset(c["ids"]), re.compile(rf"\s+(?:(?:{forms})(?!\w)|{genitive})", re.IGNORECASE)


def names_the_day(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is the group whose day the next word names."""
    ids, day = _day()
    return f.id in ids and day.match(reader.doc.text, f.mention.end) is not None
