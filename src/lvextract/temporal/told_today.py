"""The day the text calls today in its own opening words ("Šodien, 19.01.2015., inspekcija sāk …"):
the day it was written, so its document date where no dateline says otherwise. A portal's weekday
header over the headline ("Pirmdiena, 2015. gada 26. janvāris") is the day the page was shown: when
the body's "today" names another day, that day is the article's; a "today" without its year
("Šodien, 4. oktobrī") takes the header's year, the one before where the day would fall after
the header's (a page is shown on or after the day it was written). document_date asks, once.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .date_atom import Atom
from .page_furniture import Line
from .vocabulary import alternation, calendar_words

# The opening's "today" stands within this many characters of its line's start: the lead's first words.
_OPENING_REACH = 200


@lru_cache(maxsize=1)
def _today_before() -> re.Pattern:
    """The today word right before a date, maybe with a comma or a bracket between ([days] at 0
    in calendar.toml): "Šodien, 19.01.2015.", "šodien (4. oktobrī)"."""
    words = [form for form, offset in calendar_words()["days"].items() if offset == 0]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})[^\S\n]*[,(]?[^\S\n]*$", re.IGNORECASE)


def told_today(text: str, body: Line | None, atoms: list[Atom],
               header: Atom | None) -> tuple[dt.date, Atom] | None:
    """(the day, its atom) the body's first line calls today, if it states a day other than the
    `header`'s (a weekday header taken as the dateline, or None where the page has no dateline).
    Without a header the day must state its year; with one, its month and day suffice."""
    if body is None:
        return None
    reach = min(body.end, body.start + _OPENING_REACH)
    for atom in atoms:
        if not body.start <= atom.start < reach or atom.relative or atom.is_range or not atom.day:
            continue
        if not _today_before().search(text, max(body.start, atom.start - 20), atom.start):
            continue
        if header is not None and (atom.month, atom.day) == (header.month, header.day):
            return None  # the header's today is the article's own
        if atom.year is not None:
            return dt.date(atom.year, atom.month, atom.day), atom
        if header is None or header.year is None:
            return None
        year = header.year - 1 if (atom.month, atom.day) > (header.month, header.day) else header.year
        return dt.date(year, atom.month, atom.day), atom
    return None
