"""A posting line opened by its verb: "Publicēja 2018. gada 12. jūn. 01:14 …", or with the poster
between the verb and the date, as a social network's gallery prints it ("Ievietoja: ozolu_skola
14. mai 2013 10:17"). The date is the page's posting date. Split from document_date by concern."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import clock_tail
from .publication_fields import posting_stamp

# The poster's name or a user's handle: one to four words, a handle's underscores and digits too,
# no sentence's punctuation between them ("Anna Liepa", "JS_Ozoli_MS").
POSTER = r"(?:[^\W\d_][\w.-]*[^\S\n]+){1,4}"
# After a labelled posting's date: its clock, any minute, or nothing.
_CLOCK_OR_NOTHING = re.compile(clock_tail(seconds=True, optional=True))


@lru_cache(maxsize=1)
def _verb_then_date() -> re.Pattern:
    """The verb right before the date ([document_date] posted_verbs)."""
    return vocab.document_date_pattern(r"[^\S\n]*(?:{posted_verbs})[^\S\n]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verb_poster_date() -> re.Pattern:
    """The verb, maybe a colon, and the poster before the date (group `colon`)."""
    verbs = vocab.document_date_words("posted_verbs")
    return re.compile(rf"[^\S\n]*(?:{verbs})[^\S\n]*(?P<colon>:)?[^\S\n]*{POSTER}", re.IGNORECASE)


def posted_line(text: str, line_start: int, date_start: int, date_end: int, line_end: int) -> bool:
    """Whether the date opens a posting line after its verb. With the poster between them, the
    line must read as a field: a colon after the verb ("Ievietoja: …"), or nothing after the date
    but its clock at an odd minute (a prose sentence "Pievienoja Anna Liepa 12. martā sēdē …" has
    more words after its day)."""
    if date_start - line_start >= 80:
        return False
    if _verb_then_date().fullmatch(text, line_start, date_start):
        return True
    m = _verb_poster_date().fullmatch(text, line_start, date_start)
    if m is None:
        return False
    after = text[date_end:line_end]
    if m["colon"]:
        return _CLOCK_OR_NOTHING.fullmatch(after) is not None
    return posting_stamp(after, section=False)
