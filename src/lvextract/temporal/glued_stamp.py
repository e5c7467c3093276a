"""The end of a posting stamp a CMS glued to the headline's last word ("…attīstīšanai11-09-2017",
"…bērniem2021.11.05 Komentāri (0)"): maybe a clock time, maybe the post's comment or view
counter, then the line's end. The counter's words are data (temporal.toml, [document_date]
`stamp_counter_words`)."""
from __future__ import annotations

from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import HOUR, MINUTE


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
    import re

    return re.compile(rf"[^\S\n]*\.?[^\S\n]*(?:{counter_pattern()})[^\S\n]*")


def counted_stamp(after_date: str) -> bool:
    """Whether only a post's counter follows the date closing the headline's line ("Ziemas skola
    bērniem 05.11.2021 Komentāri (3)"): the posting's stamp, as a clock time at an odd minute is."""
    return _counter_only().fullmatch(after_date) is not None
