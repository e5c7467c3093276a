"""An occurrence by which a repertoire is opened ("Ar koncertu tiks atklāta jaunā koncertprogramma"): the
noun after "ar" is what takes place, the opened programme only what it brings ([opened_with] in
events.toml). A feast opened with a festival ("svētki ieskandināti ar festivālu") stays the feast, as
its kind is not listed."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from .offsets import sentence_at


@lru_cache(maxsize=1)
def _opened_with() -> tuple[frozenset[str], re.Pattern]:
    data = vocabulary()["opened_with"]
    return frozenset(data["kinds"]), re.compile(rf"(?<!\w)(?:{literals(data['verbs'])})\w*", re.IGNORECASE)


_AR = re.compile(r"(?<!\w)ar\s+$", re.IGNORECASE)


def _sentence(doc: Document, at: int) -> tuple[int, int]:
    sentence = sentence_at(doc, at)
    return (sentence.start, sentence.end) if sentence is not None else (max(0, at - 150), at + 150)


def without_opened(doc: Document, nouns: list) -> list:
    """Drops a listed kind's noun when its sentence names an occurrence after "ar" and an opening verb."""
    kinds, verbs = _opened_with()
    if not any(n.kind in kinds for n in nouns):
        return nouns
    dropped = set()
    for noun in nouns:
        if noun.kind not in kinds:
            continue
        lo, hi = _sentence(doc, noun.start)
        if not verbs.search(doc.text, lo, hi):
            continue
        if any(o is not noun and o.kind not in kinds and lo <= o.start < hi
               and _AR.search(doc.text, max(lo, o.start - 6), o.start) for o in nouns):
            dropped.add(id(noun))
    return [n for n in nouns if id(n) not in dropped]
