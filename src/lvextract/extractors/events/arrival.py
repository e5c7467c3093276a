"""A dated arrival whose purpose the next sentence tells by its verb: "3. oktobrī novadā ieradīsies
delegācija no Somijas. Viesi tiksies ar domes priekšsēdētāju." — the meeting on that day; or by the
visit's noun in "… laikā" ("Viesošanās laikā viesi apmeklēja …"): the visit. Only
when the dated clause names no occurrence and the next one dates nothing of its own. O(log n): the arrival words are found once per document."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ...record import DateMention
from .lexicon import vocabulary, whole_words
from .noun_mention import NounMention
from .offsets import any_between
from .verbs import occurrence_verbs


@lru_cache(maxsize=1)
def _arrival_words() -> re.Pattern:
    words = vocabulary()["arrival"]["words"]
    return whole_words(words)


@lru_cache(maxsize=1)
def _during_visit() -> re.Pattern:
    return whole_words(vocabulary()["arrival"]["during_visit"], spaced=True)


def _arrival_starts(doc: Document) -> list[int]:
    return [m.start() for m in _arrival_words().finditer(doc.text)]


def arrival_purpose(doc: Document, mention: DateMention, bounds: tuple[int, int],
                    date_starts: list[int]) -> tuple[NounMention | None, tuple[int, int] | None]:
    if not any_between(doc.derived("events.arrival_words", _arrival_starts), bounds):
        return None, None
    other = layout(doc).neighbour_clause(bounds, 1)
    if other is not None and not any_between(date_starts, other):
        starts, kinds = doc.derived("events.verbs", occurrence_verbs)
        k = bisect.bisect_left(starts, other[0])
        if k < len(starts) and starts[k] < other[1]:
            word = re.match(r"\w+", doc.text[starts[k]:starts[k] + 40])
            return NounMention(kinds[k], starts[k], starts[k] + len(word.group(0))), other
    # No verb of purpose, but the visit named by its noun ("Viesošanās laikā delegācijas apmeklēja …"),
    # in the next sentence even past a paragraph break, as a report goes on in its next paragraph.
    following = other if other is not None else _next_sentence(doc, bounds)
    if following is None or any_between(date_starts, following):
        return None, None
    during = _during_visit().search(doc.text, *following)
    if during is None:
        return None, None
    return NounMention(vocabulary()["arrival"]["visit_type"], during.start(), during.start() + len(during.group(0).split()[0])), following


def _next_sentence(doc: Document, bounds: tuple[int, int]) -> tuple[int, int] | None:
    i = doc.sentence_index(bounds[1] - 1)
    if i is None or i + 1 >= len(doc.sentences):
        return None
    return layout(doc).clause_bounds(doc.sentences[i + 1].start)
