"""A group said to own results is not served by them: "Novada jauniešiem ir labi sniegumi",
"skolēniem bija augsti rezultāti" — a dative group, "ir"/"bija"/"būs" and, within a few words, a
noun of achievement (target_groups.toml [achievements]): whose results, as a sport report tells
them. A word of a service between keeps the group served ("jauniešiem ir iespēja uzlabot
rezultātus"). Only a few words after the group are read (bounded cost per mention)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation
from .forms import form
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["achievements"]
    owned = re.compile(r"\s+(?:ir|bija|būs)((?:\s+[^\W\d_]+){0,3}?)\s+(?:"
                       + alternation(c["nouns"]) + r")\w*", re.IGNORECASE)
    service = re.compile(r"(?<!\w)(?:" + alternation(c["service_between"]) + r")", re.IGNORECASE)
    return owned, service


def owns_results(reader: Reader, f: Found) -> bool:
    """Whether dative group mention `f` is followed by "ir … rezultāti" and the like."""
    word = reader.sdoc[f.mention.token_end - 1].text
    if "dative" not in form(word):
        return False
    owned, service = _words()
    match = owned.match(reader.doc.text, f.mention.end)
    return match is not None and service.search(match.group(1)) is None
