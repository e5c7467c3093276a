"""Later stages of a series told by the bare stage word ("Posmi vēl paredzēti 3. jūlijā Tukumā un
17. jūlijā Cēsīs") once the text has named a numbered round of that series ("velomaratona pirmais
posms"): each dated stage is an occurrence, typed as the numbered round was — the round's own word,
or the championship's noun right before it ("čempionāta 1. posms" keeps čempionāts, as rounds.round_of
does). Without an earlier numbered round of a series the bare word ("šajā posmā", "pēc kārtas") is
a phase of anything and names nothing. The words are events.toml's [rounds] `bare`. O(clause) per
date plus one search of the text before it."""
from __future__ import annotations

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


def _earlier_round(doc: Document, end: int) -> tuple[int, str | None] | None:
    """The last numbered round of a series before `end`: its start and the series' noun's type when
    a championship's noun stands right before it ("čempionāta 3. posms"), else (start, None)."""
    round_, series, _heads = round_patterns()
    nouns = event_nouns(doc)
    found = None
    for m in round_.finditer(doc.text, 0, end):
        before = [n for n in nouns if m.start() - 60 <= n.end <= m.start()
                  and _SERIES_GAP.fullmatch(doc.text, n.end, m.start())]
        if before:
            found = (m.start(), before[-1].kind)
        elif series.search(doc.text, max(0, m.start() - 60), m.start()):
            found = (m.start(), None)
    return found


def later_stage(doc: Document, bounds: tuple[int, int]) -> NounMention | None:
    """The clause's bare stage word typed as the text's earlier numbered round, else None."""
    pattern, forms, not_after = _bare()
    m = pattern.search(doc.text, bounds[0], bounds[1])
    if m is None or doc.text[max(0, m.start() - 12):m.start()].split()[-1:] in ([w] for w in not_after):
        return None
    earlier = _earlier_round(doc, bounds[0])
    if earlier is None:
        return None
    kind = forms[m.group(1).lower()]
    if earlier[1] in vocabulary()["contest_kind"]["named"]:
        kind = earlier[1]
    return NounMention(kind, m.start(1), m.end(1))
