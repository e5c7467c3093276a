"""The end of a posting stamp a CMS glued to the headline's last word ("…attīstīšanai11-09-2017",
"…bērniem2021.11.05 Komentāri (0)"): maybe a clock time, maybe the post's comment or view
counter, then the line's end. The counter's words are data (temporal.toml, [document_date]
`stamp_counter_words`). Also a dateline the body's first sentence is glued to ("16.08.2007. Valdībā …")."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import HOUR, MINUTE
from .date_atom import Atom
from ..latvian.orthography import UPPER


@lru_cache(maxsize=1)
def counter_pattern() -> str:
    """A counter after the stamp: "Komentāri (0)", "Komentāri: 3", "Skatījumi 120"."""
    words = vocab.alternation(vocab.temporal()["document_date"]["stamp_counter_words"])
    return rf"(?i:{words})[^\S\n]*[(:]?[^\S\n]*\d+[^\S\n]*\)?"


@lru_cache(maxsize=1)
def glued_stamp_end() -> str:
    """A look-ahead: a clock time and a counter, each maybe, then the line's end."""
    return (rf"(?=[^\S\n]*(?:,?[^\S\n]*{HOUR}[:.]{MINUTE}[^\S\n]*)?(?:{counter_pattern()}[^\S\n]*)?(?:\n|$))")


@lru_cache(maxsize=1)
def _counter_only():
    return re.compile(rf"[^\S\n]*\.?[^\S\n]*(?:{counter_pattern()})[^\S\n]*")


def counted_stamp(after_date: str) -> bool:
    """Whether only a post's counter follows the date closing the headline's line ("Ziemas skola
    bērniem 05.11.2021 Komentāri (3)"): the posting's stamp, as a clock time at an odd minute is."""
    return _counter_only().fullmatch(after_date) is not None


# A dateline that opens the text (or the body under its headline) and the first sentence glued
# after it on one line: "2013.gada 19.novembrī. Notiks lekcija …", "16.08.2007. Valdībā …".
_OPENING_DATELINE_END = re.compile(rf"\.?\s+(?=[{UPPER}])")


def sentence_glued_after(text: str, atom: Atom) -> bool:
    """A full stop closes the date, after it ("19.novembrī.") or inside a numeric date's span
    ("16.08.2007."), and a sentence opens with a capital right after."""
    dot = text[atom.end:atom.end + 1] == "." or (atom.rule == "numeric" and text[atom.end - 1:atom.end] == ".")
    return dot and bool(_OPENING_DATELINE_END.match(text, atom.end))
