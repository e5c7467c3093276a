"""A site header's today at the page's top: "Mājas lapa - Svētdiena, 31. maijs". The site's label,
a dash, the weekday and the day with the month in the nominative and no year: the header prints
the day the page was read, never the article's day (no document date, dates nothing). Without the
label a "Svētdiena, 31. maijs" line may head a programme's day, so it stays a date."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab

# The header is among the page's first lines.
SITE_TODAY_LINES = 3
_HEADER = re.compile(r"[^\S\n]*(?P<label>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,2})[^\S\n]*[-–—|:][^\S\n]*"
                     r"(?P<weekday>[^\W\d_]+),?[^\S\n]*\d{1,2}\.?[^\S\n]*(?P<month>[^\W\d_]+)\.?[^\S\n]*")


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(vocab.temporal()["document_date"]["site_today_labels"])


def site_today(line: str, index: int) -> bool:
    """Line `index` of the page (0 the first) is a site's label over today's weekday and day."""
    if index >= SITE_TODAY_LINES:
        return False
    m = _HEADER.fullmatch(line)
    if m is None:
        return False
    label = " ".join(m["label"].lower().split())
    return label in _labels() and m["weekday"].lower() in vocab.weekday_names() \
        and m["month"].lower() in vocab.month_nominatives()
