"""A noun followed at once by its taking place: "seminārs notiks …", "koncerts, kas notiks …",
maybe past a quoted name ("konkurss «Zelta pele» notiks …"). The verbs are events.toml's
[happens]; the relative words [takes_place_after] relatives. O(1) per noun (a bounded match)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import happens_alternation, literals, vocabulary


@lru_cache(maxsize=1)
def _takes_place_clause() -> re.Pattern:
    """"notiks …" or ", kas notiks …" right after a noun ([happens] words), maybe past a quoted name."""
    words = happens_alternation()
    relatives = literals(vocabulary()["takes_place_after"]["relatives"])
    return re.compile(rf"\s*(?:[„“\"«][^„“\"«»”\n]{{1,120}}[”“\"»]\s*)?(?:,\s*(?:{relatives})\s+"
                      rf"(?:[^\W\d_]+\s+){{0,2}}?)?(?:{words})(?!\w)", re.IGNORECASE)


def takes_place_after(doc: Document, noun) -> bool:
    return _takes_place_clause().match(doc.text, noun.end, min(len(doc.text), noun.end + 200)) is not None
