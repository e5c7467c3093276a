"""An exhibition opened on one day and said in a later sentence to be on view until another
("No 16. janvāra bibliotēkā apskatāma skolēnu darbu izstāde. … Izstāde būs apskatāma līdz
4. februārim"): RECORD.md's one occurrence over several days, one event with `end`. The sentence
must name the exhibition (its own noun, or a pronoun right before the verb); the end goes to the
latest exhibition before it that has no end yet, later in its year or over the new year (closes). The verbs and kinds are
events.toml's [shown_until]. Once per document: the verb is looked for only in a bounded window
before each date, the exhibition by bisection, walked back to the first that fits."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import literals, verb_then_until, vocabulary
from .viewed_from import closes

# How far before the later day the verb may stand.
VERB_REACH = 60
# Longest stretch from the verb back to the sentence's start where its noun may stand.
SUBJECT_REACH = 160


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, tuple[str, ...]]:
    words = vocabulary()["shown_until"]
    verb = verb_then_until(words['verbs'])
    subject = re.compile(rf"(?<!\w)(?:{literals(words['subjects'])})(?!\w)", re.IGNORECASE)
    return verb, subject, tuple(words["kinds"])


def shown_until(doc: Document, record: Record) -> None:
    verb, subject, kinds = _patterns()
    shown = sorted((e for e in record.events if e.type and e.type.endswith(kinds) and e.span),
                   key=lambda e: e.span.start)
    if not shown:
        return
    starts = [e.span.start for e in shown]
    for date in record.dates:
        if date.value is None or date.end is not None or len(date.value) != 10:
            continue
        m = verb.search(doc.text, max(0, date.span.start - VERB_REACH), date.span.start)
        if m is None or "\n" in doc.text[m.start():date.span.start]:
            continue
        lo = max(0, m.start() - SUBJECT_REACH)
        sentence = max(doc.text.rfind(".", lo, m.start()), doc.text.rfind("\n", lo, m.start()))
        if subject.search(doc.text, sentence + 1, m.start()) is None:
            continue  # "Darbi būs apskatāmi līdz …": nothing says it is the exhibition
        # the latest exhibition before the verb that fits: walked back from the verb by bisection
        for k in range(bisect.bisect_left(starts, m.start()) - 1, -1, -1):
            e = shown[k]
            if e.end is None and e.start and len(e.start) == 10 and closes(e.start, date.value):
                e.end = date.value
                break

