"""A heading naming the occurrence that the body calls "X pasākums" ("PIEREDZES APMAIŅA" over
"… notika pieredzes apmaiņas pasākums"): the genitive before the generic noun is the heading's
phrase, so the occurrence has a more specific name (RECORD.md: "pasākums" only when nothing more
specific is said of it). Without such a heading the genitive may name a purpose or a sponsor
("labdarības pasākums", "projekta pasākums") and the generic noun stays."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import singular_genitives
from ...record import Record
from .blocks import heading_above
from .lexicon import generic_types, vocabulary

_WORD = re.compile(r"[^\W\d_]+")


def _heading_phrase(doc: Document, start: int, title: str | None) -> list[str]:
    found = []
    above = heading_above(doc.text, start, max_lines=8)
    if above is not None:
        found.append(doc.text[above[0]:above[1]])
    if title:
        found.append(title)
    # Only a bare noun phrase of one to three words is a heading that names a kind.
    return [" ".join(h.split()).lower() for h in found
            if 1 <= len(h.split()) <= 3 and all(_WORD.fullmatch(w) for w in h.split())]


def _kind(heading: str) -> str | None:
    """The type a heading names: an event noun's, or a phrase whose last word names an
    occurrence only under a heading ("pieredzes apmaiņa"; in running text it is a purpose)."""
    nouns = vocabulary()["nouns"]
    if heading in nouns:
        return nouns[heading] or None
    if heading in nouns.values():
        return heading
    return heading if heading.split()[-1] in vocabulary()["heading_kinds"]["words"] else None


def type_from_heading(doc: Document, record: Record) -> None:
    generic = generic_types()
    for event in record.events:
        if event.type not in generic or event.span is None:
            continue
        headings = _heading_phrase(doc, event.span.start, record.title)
        if not headings:
            continue
        words = doc.text[event.span.start:event.span.end].lower()
        for heading in headings:
            if any(re.search(rf"(?<!\w){re.escape(g)}\s+{re.escape(event.type[:-2])}", words)
                   for g in singular_genitives(heading)) and _kind(heading):
                event.type = _kind(heading)
                break
