"""A site header's today at the page's top: "Mājas lapa - Svētdiena, 31. maijs". The site's label,
a dash, the weekday and the day with the month in the nominative and no year: the header prints
the day the page was read, never the article's day (no document date, dates nothing). Without the
label a "Svētdiena, 31. maijs" line may head a programme's day, so it stays a date.

A site's rubric ("Ziņas", "Jaunumi") is a site's label with any mark after it ("Ziņas - sestdiena,
14. marts"). A label that also names a field (temporal.toml site_nav_labels: "Sākums", the start)
makes a header only on a navigation line: the label, a dash or a bar and the header's capitalised
weekday ("Sākums - Svētdiena, 31. maijs"), or a breadcrumb ending in a site's label ("Sākums »
Jaunumi: …"). After a colon it names a field ("Sākums: sestdiena, 4. maijs", an occurrence's start),
and a small weekday is a value's, not a header's: the day stays a date. A breadcrumb's mark right before the day
("Sākums » Pasākumi » Svētdiena, 31. maijs") names the page shown, a day's calendar page: a date."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab

# The header is among the page's first lines.
SITE_TODAY_LINES = 3
# A breadcrumb's marks between a navigation line's labels ("Sākums » Jaunumi").
_CRUMB = re.compile(r"[^\S\n]*[»›>/|][^\S\n]*")
_ITEM = r"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,2}"
_HEADER = re.compile(rf"[^\S\n]*(?P<label>{_ITEM}(?:[^\S\n]*[»›>/|][^\S\n]*{_ITEM}){{0,3}}?)"
                     r"[^\S\n]*(?P<sep>[-–—|:])[^\S\n]*"
                     r"(?P<weekday>[^\W\d_]+),?[^\S\n]*\d{1,2}\.?[^\S\n]*(?P<month>[^\W\d_]+)\.?[^\S\n]*")


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab.temporal()["document_date"]
    return frozenset(words["site_today_labels"]), frozenset(words["site_nav_labels"])


def site_today(line: str, index: int) -> bool:
    """Line `index` of the page (0 the first) is a site's label over today's weekday and day."""
    if index >= SITE_TODAY_LINES:
        return False
    m = _HEADER.fullmatch(line)
    if m is None or m["weekday"].lower() not in vocab.weekday_names() or m["month"].lower() not in vocab.month_nominatives():
        return False
    site, navigation = _labels()
    labels = [" ".join(item.lower().split()) for item in _CRUMB.split(m["label"])]
    if not all(label in site | navigation for label in labels):
        return False
    if labels[-1] in site:
        return True  # "Mājas lapa - Svētdiena, 31. maijs", "Ziņas - sestdiena, …", "Sākums » Jaunumi: …"
    # "Sākums" right before the day: a navigation line's dash or bar and the header's capitalised weekday
    return m["sep"] != ":" and m["weekday"][0].isupper()
