"""A noun that names a room as well as an occurrence ("darbnīca": a workshop held, or a workshop
room), told as something one has or has set up ("mums ir keramikas darbnīca", "skolā iekārtota jauna
darbnīca"): the room, no occurrence, whatever is held in it ("…, kurā 5. maijā notiks nodarbība").
Data: events.toml [room_sense] (the nouns' word starts and the cues before them). O(1) per noun."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary

# How far before the noun its cue may end (a genitive and an adjective may stand between).
CUE_REACH = 45


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = vocabulary()["room_sense"]
    nouns = re.compile(rf"(?:{'|'.join(map(re.escape, data['nouns']))})", re.IGNORECASE)
    # Not past a word that makes "mums ir" an invitation ("mums ir prieks aicināt darbnīcā").
    gap = rf"(?:(?!(?:{'|'.join(data['not_between'])}))[^\W\d_]+\s+){{0,2}}"
    cue = re.compile(rf"(?<!\w)(?:{'|'.join(data['before'])})\s+{gap}$", re.IGNORECASE)
    return nouns, cue


def room_sense(doc: Document, noun) -> bool:
    nouns, cue = _patterns()
    if not nouns.match(doc.text, noun.start, noun.end):
        return False
    return cue.search(doc.text, max(0, noun.start - CUE_REACH), noun.start) is not None
