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
from .lexicon import NON_SPACE

# A group's sub-heading is short and names a place, no day or hour: a few words and a colon.
LONGEST_SUBHEADING = 60
_DIGIT = re.compile(r"\d")
_TAIL = 200  # how much of a line's end is read for its colon before the whole line is


def _subheading(doc: Document, index: Nouns, line: tuple[int, int]) -> bool:
    text = doc.text
    if line[1] - line[0] > LONGEST_SUBHEADING and not (text[line[0]].isspace() or text[line[1] - 1].isspace()):
        return False  # a long line with nothing to strip: not copied
    body = text[line[0]:line[1]].strip()
    return (0 < len(body) <= LONGEST_SUBHEADING and body.endswith(":") and not _DIGIT.search(body)
            and index.first(line) is None)


def _blank_or_colon(text: str, line: tuple[int, int]) -> tuple[bool, bool]:
    """Whether the line is blank, and whether it ends in a colon, trailing space aside: read from
    its ends, the line copied only when a long run of space pads it."""
    first = NON_SPACE.search(text, line[0], line[1])
    if first is None:
        return True, False
    tail = text[max(first.start(), line[1] - _TAIL):line[1]].rstrip()
    if not tail:  # more than _TAIL characters of trailing space
        tail = text[first.start():line[1]].rstrip()
    return False, tail.endswith(":")


def group_head(doc: Document, index: Nouns, head: tuple[int, int] | None,
               dates: frozenset[int]) -> tuple[int, int] | None:
    """`head`, or, when it is a group's sub-heading naming no occurrence, the line heading the
    whole list above it (past the sibling groups' items and sub-headings); None when no such line
    names one. Bounded by LONGEST_LIST lines; once per head, as all items under it share it."""
    if head is None:
        return head
    cache = doc.derived("events.group_head", lambda d: {})
    known = cache.get((head, dates))
    if known is not None and known[0] is index:
        return known[1]
    found = _group_head(doc, index, head, dates)
    cache[head, dates] = index, found
    return found


def _group_head(doc: Document, index: Nouns, head: tuple[int, int], dates: frozenset[int]) -> tuple[int, int] | None:
    if not _subheading(doc, index, head):
        return head
    text, line, below = doc.text, head, head
    for _ in range(LONGEST_LIST):
        if line[0] == 0:
            return head
        line = layout(doc).line_of(line[0] - 1)
        blank, colon = _blank_or_colon(text, line)
        if blank:
            continue
        if is_list_line(text, line, dates) or _subheading(doc, index, line):
            below = line
            continue
        # The list's own heading ends in a colon, names the occurrence and stands right over a
        # group's sub-heading; one right over items heads a sibling group of its own ("Mācību
        # mobilitāte:" over "• … – 5. februāris", then "Sadarbība …:"), and anything else (prose,
        # a heading naming none) means the groups head no list of occurrences.
        return line if colon and index.first(line) is not None \
            and _subheading(doc, index, below) else head
    return head
