"""A numbered round that opens its own clause, the sentence before naming its series ("Čempionātu
rīko volejbola klubs. Otrais posms paredzēts 25. augustā"): the round is what takes place that day,
as a series' stage is (RECORD.md conventions), not the series the sentence before names. Only a
capitalised ordinal at the clause's start and a series word ([rounds] series) within SERIES_BEFORE
characters before it. O(1) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import begins_pattern, happens_pattern, literals, vocabulary
from .noun_mention import NounMention
from .rounds import round_patterns

SERIES_BEFORE = 200
# Ordinals that point to another round rather than number one ("Nākamais posms notiek …" retells the
# stage a later sentence dates, "Pēdējā kārta"): only counting ordinals open a round of their own.
NOT_COUNTING = ("nākam", "pēdēj", "noslēdzoš", "fināl")
_SPACE = re.compile(r"\s*")
# The round must be bare: its verb or its day right after it ("Otrais posms paredzēts 24. augustā").
# A word of another kind after it ("Otrais posms ceļa remontam", "Otrā kārta pieteikšanās konkursam")
# makes it a stage of something else, not of the series named before.
SCHEDULED = re.compile(r"(?:paredzēt|plānot|gaidām)[sa]\b|būs\b|tiks\b|\d", re.IGNORECASE)


def _bare_round(text: str, end: int) -> bool:
    after = _SPACE.match(text, end).end()
    return (SCHEDULED.match(text, after) is not None or happens_pattern().match(text, after) is not None
            or begins_pattern().match(text, after) is not None)


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
    if not _bare_round(text, m.end()):
        return None
    if _series_word().search(text, max(0, start - SERIES_BEFORE), start) is None:
        return None
    return NounMention(heads[m.group(1).lower()], m.start(1), m.end())
