"""A news agency's dateline opening the body: "Ozoli, 9.marts, LETA. Ozolu …".

An agency's item (and every portal that reposts it) gives its place, the day and month (the year
often left out), and the agency's name before the first sentence. With a year it is the document
date as any dateline is. Without one RECORD's document date is that day with its year unknown
("XXXX-03-09"): the day is written, the year is not. Such a value anchors no other date's year, so
`analyse` keeps it apart from the anchor. Read only where the page states no other dateline. So is a newspaper's pointer to the printed issue
that names it by its day: "Visu rakstu lasiet ceturtdienas, 7.jūlija, «Zemgales Ziņās»" (periodicals.py).

O(text): the page's lines found once; each day up to the body's first sentence reads its own line once.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .dateline_words import PLACE_FIRST
from .periodicals import issue_pointer_day
from .page_head import first_sentence_line
from .page_furniture import line_at, lines as page_lines
from .unknown_year import UNKNOWN_YEAR


@lru_cache(maxsize=1)
def _agency_after() -> re.Pattern:
    """The agency's name right after the day, closing the dateline: ", LETA." / " - BNS" / ", LETA" at
    the line's end ([document_date] byline_words: the agencies and portals that sign their items)."""
    return vocab.document_date_pattern(r"[^\S\n]*[,.–—-]?[^\S\n]*(?:{byline_words})(?![^\W_])[^\S\n]*(?:[.,:–—-]|$)",
                                       re.IGNORECASE | re.MULTILINE)


def agency_dateline(text: str, atoms: list[Atom]) -> Atom | None:
    """The day of the dateline "Place, 22.jūn., LETA." at the head of the body, with its year or without."""
    candidates = sorted((a for a in atoms if a.day is not None and not a.is_range and not a.relative),
                        key=lambda a: a.start)
    if not candidates:
        return None
    lines = page_lines(text)
    if not lines:
        return None
    starts = [line.start for line in lines]
    body = first_sentence_line(text, lines)
    for atom in candidates:
        i = line_at(starts, atom.start)
        if i > body:
            break  # past the body's first sentence: days the text tells, no dateline (sorted: none after)
        if i < 0:
            continue
        line = lines[i]
        if atom.end > line.end or not PLACE_FIRST.fullmatch(text, line.start, atom.start):
            continue
        if _agency_after().match(text, atom.end, line.end):
            return atom
    # a newspaper's pointer to the issue that printed the text, its day told without a year or with one
    return issue_pointer_day(text, candidates)


def agency_value(atom: Atom) -> str:
    """The document date of the agency's dateline: its day with the year unknown."""
    return f"{UNKNOWN_YEAR}-{atom.month:02d}-{atom.day:02d}"
