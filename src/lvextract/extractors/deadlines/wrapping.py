"""A sentence that a hard-wrapped page splits at a line break before a capital ("Ierosinājumi⏎
jāiesniedz⏎APIC vai pagastu pārvaldēs līdz 1. oktobrim."): the clause of the date then starts
mid-sentence and its action stands on the lines above. Only a single line break after a line
with no closing punctuation joins the clause before; so does an initial that the segmenter took
for a sentence end ("jāiesniedz biedrībai Kr. Valdemāra ielā 17a līdz …": a street or a person
named with an initial)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.orthography import LOWER, UPPER
from ...layout import layout

# The end of the clause before: a word (no closing punctuation) and one line break.
OPEN_LINE_END = re.compile(r"[^\W\d][ \t]*\n[ \t]*$")
# The end of the clause before: an initial, one capital and at most one small letter and a dot
# ("Kr.", "K."), after a word of the sentence, then a space and the capitalised name it abbreviates.
INITIAL_END = re.compile(rf"\S[ \t]+[{UPPER}][{LOWER}]?\.[ \t]*$")
INITIAL_REACH = 40
# How many wrapped lines above are joined at most.
MAX_JOINED = 3


def _open_line_end(text: str, clause_start: int, end: int) -> bool:
    """OPEN_LINE_END at `end`, read from the last letter before the white space there: a
    match is one letter and white space, so it cannot start earlier (a read of the whole clause
    before would cost its length per date)."""
    k = end
    while k > clause_start and text[k - 1] in " \t\n":
        k -= 1
    return OPEN_LINE_END.search(text, max(clause_start, k - 1), end) is not None


def unwrapped_bounds(doc: Document, bounds: tuple[int, int]) -> tuple[int, int]:
    """The clause bounds widened over the clauses before that end mid-sentence at a line break
    (at most MAX_JOINED, each a bisection and a read of the white space at the break)."""
    start = bounds[0]
    for _ in range(MAX_JOINED):
        before = layout(doc).neighbour_clause((start, bounds[1]), -1)
        if before is None or not (_open_line_end(doc.text, before[0], start) or INITIAL_END.search(
                doc.text, max(before[0], start - INITIAL_REACH), start)):
            break
        start = before[0]
    return start, bounds[1]
