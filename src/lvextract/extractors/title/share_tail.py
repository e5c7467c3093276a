"""Share links glued after the headline on its own line ("Skolā atklāj muzeju draugiem.lv",
"… muzeju Twitter Draugiem.lv"): the page printed its share buttons' text after the headline. Cut
before the line is read, or the whole line would read as a site's name. The site words are data
(titles.toml share_sites); a row of share buttons alone ("Dalies ar šo: Facebook Twitter") stays."""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal import vocabulary as vocab
from ..vocabulary import load

_HEAD_LINES = 15  # the headline stands among the page's first lines
_HEADLINE_WORDS = 3  # words before the links: a headline's, not a site's name


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    sites = vocab.alternation(load("titles")["share_sites"])
    return re.compile(rf"(?<=[^\W\d_][.!?…]|[^\W\d_]\"|[^\W\d_]”|[^\W\d_]»|[^\W\d_]\s)[^\S\n]*(?:{sites})[^\S\n]*$",
                      re.IGNORECASE)


def _cut(line: str) -> str | None:
    """The headline before its share links, or None when the line is no headline with links."""
    words = load("titles")
    places = frozenset(words["share_site_places"])
    buttons = frozenset(w.casefold() for w in words["share_buttons"])
    head, cut = line, False
    while (m := _tail().search(head)) is not None:
        head, cut = head[:m.start()].rstrip(), True
    parts = head.split()
    if not cut or len(parts) < _HEADLINE_WORDS or parts[-1].lower() in places or head.endswith(":") \
            or any(p.casefold().strip(":") in buttons for p in parts):
        return None
    return head


def without_share_tail(lines: list[str]) -> list[str]:
    """The lines, share links cut from the end of one of the first lines when words enough for a
    headline stand before them and the word before them does not name the site as a place
    ("… portālā draugiem.lv")."""
    out = list(lines)
    for n, line in enumerate(lines[:_HEAD_LINES]):
        head = _cut(line) if line.strip() else None
        if head is not None:
            out[n] = head
    return out
