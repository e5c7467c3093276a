"""The heading of a page's comments below the article: "Komentāri (2)", "3 komentāri",
"Pievienot komentāru". A reader's comment carries its own stamp under the writer's name
("Jānis" / "12.03.2019 14:22" / "Paldies!"); that is the comment's day, not the page's, so the
date grammar reads the heading as it reads a "Citas ziņas" marker (document_date._related_start):
no date below it is the document date — unless a publication line ("Publicēts: …") stands
below it: then the comments are no end of the page (a shuffled or two-column layout). The bare "Komentāri" is a related marker already; here
the forms that count the comments or call for one ([document_date] comment_headings in
data/temporal.toml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from ..latvian.orthography import UPPER
from .page_furniture import WORD
from .publication_fields import line_label

# A count of comments before or after the heading's words: "(2)", "2", ": 0".
_COUNT = r"(?:\(\s*\d{1,5}\s*\)|\d{1,5})"


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    # (possessive runs: blanks after the words are read one way only, no backtracking between them)
    return vocab.document_date_pattern(rf"[^\w(]*+(?:{_COUNT}[^\S\n]*+)?(?:{{comment_headings}})(?:[^\S\n]*+:?[^\S\n]*+{_COUNT})?[^\w)]*+",
                                       re.IGNORECASE)


def comment_heading(line_text: str) -> bool:
    """The line is all a comments heading (a count beside it or not)."""
    return bool(_heading().fullmatch(line_text.strip()))


def last_labelled_line(text: str, lines) -> int:
    """The index of the last line a publication label opens ("Publicēts:", "Datums"), else -1.
    Reads each line's first 200 characters."""
    return max((k for k, line in enumerate(lines) if line_label(text[line.start:min(line.end, line.start + 200)].lstrip())),
               default=-1)


# A reader's comment header without a heading above it: the writer's one name (a nickname, a given
# name), a dash, the comment's date, maybe its clock: "Marta - 25.07.2021".
_COMMENTER_BEFORE = re.compile(rf"[^\S\n]*[{UPPER}][^\W\d_]{{1,20}}[^\S\n]+[-–—][^\S\n]+")
_CLOCK_AFTER = re.compile(r"[^\S\n]*(?:,?[^\S\n]*\d{1,2}[:.]\d\d)?[^\S\n]*")
# The comment's text under it: a line of at least this many words.
_COMMENT_WORDS = 6


def commenter_stamp(text: str, lines, i: int, atom) -> bool:
    """The date heads a reader's comment: its line is a single name, a dash and the date, and the
    next line with words is prose ("Marta - 25.07.2021" / "Viss jau forši ar to svinēšanu, bet …"):
    the comment's day, not the page's (a signature under the body closes the page, nothing follows
    it but an attachment's heading). Reads the date's line and the next two lines."""
    line = lines[i]
    if not (_COMMENTER_BEFORE.fullmatch(text, line.start, atom.start) and _CLOCK_AFTER.fullmatch(text, atom.end, line.end)):
        return False
    for below in lines[i + 1:i + 3]:
        words = WORD.findall(text, below.start, min(below.end, below.start + 200))
        if words:
            return len(words) >= _COMMENT_WORDS
    return False
