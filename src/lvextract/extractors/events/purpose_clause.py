"""A purpose clause after a comma ("…, lai apspriestu sadarbību jauniešu centros"): the places it
names are what the purpose is about, not where the occurrence told outside it takes place
("No 3. līdz 5. jūnijam Ozolos viesojās partneri, lai iepazītu darbu skolās": the visit is in Ozoli,
not in schools). The clauses are found once per document (`Document.derived`), each from its opener
to its sentence's end (events.toml [purpose_clause] openers); a venue inside one is dropped for an
event whose noun stands outside it. O(n) per document, O(log n) per venue."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    return re.compile(rf",\s+(?:{literals(vocabulary()['purpose_clause']['openers'])})\s", re.IGNORECASE)


def _find(doc: Document) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    ends = layout(doc)
    for m in _opener().finditer(doc.text):
        end = ends.sentence_end(m.start())
        spans.append((m.start(), end if end is not None else len(doc.text)))
    return spans


def purpose_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every purpose clause, sorted."""
    return doc.derived("events.purpose_clauses", _find)


def clause_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span of `spans` (sorted, from `purpose_spans`) holding `offset`, by bisection; None outside every one."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


def inside_purpose(doc: Document, offset: int) -> tuple[int, int] | None:
    """The purpose clause holding `offset`, None outside every one."""
    spans = purpose_spans(doc)
    return clause_at(spans, offset) if spans else None


def without_purpose(doc: Document, groups: list[list[tuple[int, str]]], noun_start: int) -> list[list[tuple[int, str]]]:
    """The venue groups without the venues of a purpose clause that does not hold the noun."""
    spans = purpose_spans(doc)
    if not spans:
        return groups
    own = clause_at(spans, noun_start)
    return [[v for v in group if (span := clause_at(spans, v[0])) is None or span == own] for group in groups]
