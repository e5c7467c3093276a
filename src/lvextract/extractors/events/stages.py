"""Later stages of a series told by the bare stage word ("Posmi vēl paredzēti 3. jūlijā Tukumā un
17. jūlijā Cēsīs") once the text has named a numbered round of that series ("velomaratona pirmais
posms"): each dated stage is an occurrence, typed as the numbered round was — the round's own word,
or the championship's noun right before it ("čempionāta 1. posms" keeps čempionāts, as rounds.round_of
does). Without an earlier numbered round of a series the bare word ("šajā posmā", "pēc kārtas") is
a phase of anything and names nothing. The words are events.toml's [rounds] `bare`. O(log n) per
date: the rounds and the bare words are found once per document."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from .nouns import NounMention, event_nouns
from .rounds import round_patterns


@lru_cache(maxsize=1)
def _bare() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    words = vocabulary()["rounds"]
    forms = {form.lower(): kind for kind, listed in words["bare"].items() for form in listed}
    return re.compile(rf"(?<!\w)({literals(sorted(forms, key=len, reverse=True))})(?!\w)", re.IGNORECASE), forms, frozenset(words["bare_not_after"])


# Between the series' noun and the numbered round: nothing but space, maybe one word.
_SERIES_GAP = re.compile(r"\s+(?:[^\W\d_]+\s+)?")


def _document_rounds(doc: Document) -> tuple[list[int], list[int], list[str | None]]:
    """Every numbered round of a series in the document: the end of its match, its start, and the
    series' noun's type when a championship's noun stands right before it ("čempionāta 3. posms")."""
    round_, series, _heads = round_patterns()
    nouns = event_nouns(doc)
    noun_starts = [n.start for n in nouns]
    ends, starts, kinds = [], [], []
    for m in round_.finditer(doc.text):
        near = nouns[bisect.bisect_left(noun_starts, m.start() - 200):bisect.bisect_right(noun_starts, m.start())]
        before = [n for n in near if m.start() - 60 <= n.end <= m.start() and _SERIES_GAP.fullmatch(doc.text, n.end, m.start())]
        if before or series.search(doc.text, max(0, m.start() - 60), m.start()):
            ends.append(m.end(1))
            starts.append(m.start())
            kinds.append(before[-1].kind if before else None)
    return ends, starts, kinds


def _earlier_round(doc: Document, end: int) -> tuple[int, str | None] | None:
    """The last numbered round of a series before `end`: its start and the series' noun's type when
    a championship's noun stands right before it, else (start, None). O(log n)."""
    ends, starts, kinds = doc.derived("events.stages", _document_rounds)
    i = bisect.bisect_right(ends, end) - 1
    return (starts[i], kinds[i]) if i >= 0 else None


def _bare_words(doc: Document) -> tuple[list[int], list[re.Match]]:
    found = list(_bare()[0].finditer(doc.text))
    return [m.start() for m in found], found


def later_stage(doc: Document, bounds: tuple[int, int]) -> NounMention | None:
    """The clause's bare stage word typed as the text's earlier numbered round, else None."""
    _pattern, forms, not_after = _bare()
    starts, bare = doc.derived("events.bare_stages", _bare_words)
    i = bisect.bisect_left(starts, bounds[0])
    m = bare[i] if i < len(bare) and bare[i].end() <= bounds[1] else None
    if m is None or doc.text[max(0, m.start() - 12):m.start()].split()[-1:] in ([w] for w in not_after):
        return None
    earlier = _earlier_round(doc, bounds[0])
    if earlier is None:
        return None
    kind = forms[m.group(1).lower()]
    if earlier[1] in vocabulary()["contest_kind"]["named"]:
        kind = earlier[1]
    return NounMention(kind, m.start(1), m.end(1))
