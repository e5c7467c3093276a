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
