"""A quoted name after a noun that names no occurrence, but a performer, a body, a work or a project
("ansamblis “Kuršu meitas”", "biedrība „Ziemas prieki”", "grāmata „Lielais koncerts”", "projekta
Nr. 2019-1 „Jauniešu apmācības”"): the name's
words are never an occurrence's noun, though they share a stem with one ("Kuršu" ~ "kursi").
Data: events.toml [name_bearers]. The names are found once per document; O(log n) per noun."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from .lexicon import vocabulary
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE, OPENING_MARKS, NounMention

# A word, then the quoted name right after it (a colon or dash may stand between, and a number
# after a project's noun: "projekta Nr.2016-1-LV01 „… apmācības …”" names the project, whose
# words are no occurrence's noun). The look-behind starts a try only at a word's first letter: a
# match from inside a word is never the leftmost, and without it each word is re-read from every letter.
WORD_THEN_NAME = re.compile(rf"(?<![^\W\d_])([^\W\d_]+)[ \t]*(?:Nr\.?[ \t]*[\w./-]{{1,40}}[ \t]*)?(?:[:–—-][ \t]*)?"
                            rf"{OPEN_QUOTE}([^„“\"«»”\n]{{2,200}}?){CLOSE_QUOTE}")


@lru_cache(maxsize=1)
def _bearer_stems() -> frozenset[str]:
    words = vocabulary()["name_bearers"]["words"] + vocabulary()["guest_performance"]["performers"]
    return frozenset(stem(w) for w in words)


def _names(doc: Document) -> tuple[list[int], list[int]]:
    bearers = _bearer_stems()
    starts: list[int] = []
    ends: list[int] = []
    if not any(mark in doc.text for mark in OPENING_MARKS):  # (a fourth of real pages: no quoted name)
        return starts, ends
    for m in WORD_THEN_NAME.finditer(doc.text):
        if stem(m.group(1)) in bearers:
            starts.append(m.start(2))
            ends.append(m.end(2))
    return starts, ends


def in_bearer_name(doc: Document, noun: NounMention) -> bool:
    """Whether the noun stands inside the quoted name of a performer, a body or a work."""
    starts, ends = doc.derived("events.bearer_names", _names)
    i = bisect.bisect_right(starts, noun.start) - 1
    return i >= 0 and noun.start < ends[i]
