"""A CMS's article info flattened onto one line under the headline: the category's label and its
name, then the posting's day, its clock and maybe the view count ("Kategorija: Jaunumi 16. Marts
2023 13:26 1158x", "Sadaļa: Sports 04.05.2021 09:12 Skatīts: 57"). The category says where the post
was filed, the day when. The clock must stand at an odd minute, as a posting's does: a category of
occurrences ("Kategorija: Pasākumi 16. marts 2023 18:00") may list a concert's day and hour."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import HOUR, MINUTE


@lru_cache(maxsize=1)
def _category_before() -> re.Pattern:
    # the label, a colon, one to three words of the category's name (no digits), then the date
    return vocab.document_date_pattern(r"[^\S\n]*(?:{category_labels})[^\S\n]*:[^\S\n]*(?:[^\W\d_]+[^\S\n]+){1,3}",
                                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _stamp_after() -> re.Pattern:
    # the clock, then maybe a view count: "1158x", "(57)", "Skatīts: 57"
    return vocab.document_date_pattern(rf"[^\S\n]*,?[^\S\n]*(?:plkst\.?[^\S\n]*)?{HOUR}[:.](?P<min>{MINUTE})(?::{MINUTE})?"
                                       r"(?:[^\S\n]+(?:\d+[^\S\n]*[x×]|\(\d+\)|(?:{view_counter_words})[^\S\n]*:?[^\S\n]*\d+))?"
                                       r"[^\S\n]*", re.IGNORECASE)


def category_stamp(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """Whether the day text[start:end] is a posting's, filed under the category its line names first."""
    if _category_before().fullmatch(text, line_start, start) is None:
        return False
    m = _stamp_after().fullmatch(text, end, line_end)
    return m is not None and m["min"] not in ("00", "15", "30", "45")
