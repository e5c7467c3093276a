"""A numbered round that opens its own clause, the sentence before naming its series ("Čempionātu
rīko volejbola klubs. Otrais posms paredzēts 25. augustā"): the round is what takes place that day,
as a series' stage is (RECORD.md conventions), not the series the sentence before names. Only a
capitalised ordinal at the clause's start and a series word ([rounds] series) within SERIES_BEFORE
characters before it. O(1) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from .noun_mention import NounMention
from .rounds import round_patterns

SERIES_BEFORE = 200
# Ordinals that point to another round rather than number one ("Nākamais posms notiek …" retells the
# stage a later sentence dates, "Pēdējā kārta"): only counting ordinals open a round of their own.
NOT_COUNTING = ("nākam", "pēdēj", "noslēdzoš", "fināl")
_SPACE = re.compile(r"\s*")


@lru_cache(maxsize=1)
def _series_word() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['rounds']['series'])})\w*", re.IGNORECASE)


def opening_round(doc: Document, bounds: tuple[int, int]) -> NounMention | None:
    """The round opening the clause `bounds` after its series' mention; else None."""
    text = doc.text
    start = _SPACE.match(text, bounds[0]).end()
    round_, _series, heads = round_patterns()
    m = round_.match(text, start, bounds[1])
    if m is None or not m.group(0)[:1].isupper() or m.group(0).lower().startswith(NOT_COUNTING):
        return None
    if _series_word().search(text, max(0, start - SERIES_BEFORE), start) is None:
        return None
    return NounMention(heads[m.group(1).lower()], m.start(1), m.end())
