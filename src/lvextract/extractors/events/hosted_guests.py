"""Guests received on a day, told by the host's verb with its object ("25. maijā skolēni Ozolu
pamatskolā uzņēma draugus no Lietuvas", "bibliotēka uzņems kolēģus"): the guests' visit (vizīte), as
"viesojās" tells it from the guests' side. Only with a guest object in the verb's sentence within
OBJECT_REACH: "uzņēma 30 pirmklasniekus", "uzņēma filmu" receive no guests. Data: events.toml
[hosted_guests]. O(n) once per document (occurrence_verbs is derived once)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from .lexicon import vocabulary

# How far from the verb, within its sentence, the guests may be named ("uzņēma lietuviešu draugus").
OBJECT_REACH = 50
STOP = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, str]:
    data = vocabulary()["hosted_guests"]
    verbs = re.compile(rf"(?<!\w)(?:{alternation(data['verbs'])})(?!\w)", re.IGNORECASE)
    objects = re.compile(rf"(?<!\w)(?:{alternation(data['objects'])})\w*", re.IGNORECASE)
    return verbs, objects, data["type"]


def hosted_guests(doc: Document) -> list[tuple[int, str]]:
    """(start, type) of each host's verb whose sentence names its guests within OBJECT_REACH after it."""
    verbs, objects, kind = _patterns()
    text = doc.text
    found = []
    for m in verbs.finditer(text):
        stop = STOP.search(text, m.end(), m.end() + OBJECT_REACH)
        if objects.search(text, m.end(), stop.start() if stop else min(len(text), m.end() + OBJECT_REACH)):
            found.append((m.start(), kind))
    return found
