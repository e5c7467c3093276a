"""A publication field in brackets closing a short line of the page's head: "Atkārtota
publikācija! (Publicēts: 8.08.2013.)", "Aktualitāte (Ievietots: 3.05.2012)". The label
([document_date] publication_labels) opens the bracket, the date closes it, the bracket closes
the line: the day the page went up, whatever rubric or remark stands before it."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .headline_stamp import closes_line

# The words before the bracket are a rubric or a remark: a short run, no more.
BEFORE_MAX = 80


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    labels = vocab.alternation(vocab.temporal()["document_date"]["publication_labels"])
    return re.compile(rf"\([^\S\n]*(?:{labels})[^\S\n]*:?[^\S\n]*$", re.IGNORECASE)


def bracketed_publication(text: str, line_start: int, line_end: int, atom: Atom) -> bool:
    """Whether the day is a publication label's value in brackets closing its short line."""
    return (atom.day is not None and atom.start - line_start <= BEFORE_MAX
            and _opening().search(text, line_start, atom.start) is not None
            and closes_line(text, atom.end, line_end, bracket=True))


# A posting stamp in square brackets opening a line of the head, maybe with its clock inside:
# "[01.03.2026.] Šodien sākas …", "[05.09.2019 14:07] Virsraksts". A CMS prints it so before the
# headline or the lead; a sentence never opens with a bracketed day.
_OPEN_SQUARE = re.compile(r"[^\S\n]*\[[^\S\n]*$")
_CLOSE_SQUARE = re.compile(r"[^\S\n]*\.?(?:[^\S\n]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?)?[^\S\n]*\]")


def square_bracket_stamp(text: str, line_start: int, atom: Atom) -> bool:
    """Whether the day stands alone in square brackets at its line's start. O(1)."""
    return (atom.day is not None and atom.start - line_start <= 4
            and _OPEN_SQUARE.fullmatch(text, line_start, atom.start) is not None
            and _CLOSE_SQUARE.match(text, atom.end) is not None)
