"""A list split into groups by short sub-headings that name only a district ("Ozolu novadā:" /
"– Liepās, 05.06.2023. plkst. 10.00 …"): the items' occurrence is named by the line that heads
the whole list further up ("Plānotās tikšanās norises vietas:"), not by the group's sub-heading,
which names none. Asked by noun_choice.list_head_noun with the head blocks.list_head found."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from .blocks import LONGEST_LIST, is_list_line
from .ranking import Nouns

# A group's sub-heading is short and names a place, no day or hour: a few words and a colon.
LONGEST_SUBHEADING = 60
_DIGIT = re.compile(r"\d")


def _subheading(doc: Document, index: Nouns, line: tuple[int, int]) -> bool:
    body = doc.text[line[0]:line[1]].strip()
    return (0 < len(body) <= LONGEST_SUBHEADING and body.endswith(":") and not _DIGIT.search(body)
            and index.first(line) is None)


def group_head(doc: Document, index: Nouns, head: tuple[int, int] | None,
               dates: frozenset[int]) -> tuple[int, int] | None:
    """`head`, or, when it is a group's sub-heading naming no occurrence, the line heading the
    whole list above it (past the sibling groups' items and sub-headings); None when no such line
    names one. Bounded by LONGEST_LIST lines."""
    if head is None or not _subheading(doc, index, head):
        return head
    text, line, below = doc.text, head, head
    for _ in range(LONGEST_LIST):
        if line[0] == 0:
            return head
        line = layout(doc).line_of(line[0] - 1)
        body = text[line[0]:line[1]].strip()
        if not body:
            continue
        if is_list_line(text, line, dates) or _subheading(doc, index, line):
            below = line
            continue
        # The list's own heading ends in a colon, names the occurrence and stands right over a
        # group's sub-heading; one right over items heads a sibling group of its own ("Mācību
        # mobilitāte:" over "• … – 5. februāris", then "Sadarbība …:"), and anything else (prose,
        # a heading naming none) means the groups head no list of occurrences.
        return line if body.endswith(":") and index.first(line) is not None \
            and _subheading(doc, index, below) else head
    return head
