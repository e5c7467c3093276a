"""Headlines of other articles listed under "Lasiet arī:" or "Saistītie raksti" ("- Novada skolēni
sacentās spartakiādē"): they tell what other pages report, not whom this text serves, so their
lines are skipped like a menu. The list is the item lines ("- …", "• …") right after a header line
that is one of target_groups.toml [context] `related_headers` (lower-case, a colon may follow);
it ends at the first line that is no item. So is the last line with words above a link to the rest of
another article on its own line ("…⏎Lasīt vairāk..."): that article's teaser, a site's furniture
(target_groups.toml [context] `read_more`). One pass over the lines: O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load

LINE = re.compile(r"[^\n]*\n?")  # (a line with its newline: no empty match between lines)
ITEM = re.compile(r"[-–—•*·]\s")


@lru_cache(maxsize=1)
def _headers() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["related_headers"])


@lru_cache(maxsize=1)
def _read_more() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["read_more"])


def related_headlines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each headline line listed under a header of other articles."""
    regions, in_list, items = [], False, 0
    last_words: tuple[int, int] | None = None  # the last line with words, a teaser if a link follows
    for line in LINE.finditer(text):
        body = line.group().strip()
        if body.lower().rstrip(".…»> ").strip() in _read_more():
            if last_words is not None:
                regions.append(last_words)
            last_words = None
            continue
        if body:
            last_words = (line.start(), line.start() + len(line.group().rstrip("\n")))
        if body.lower().strip(" *#_").rstrip(":").strip(" *_") in _headers():
            in_list, items = True, 0
            continue
        if in_list and ITEM.match(body):
            regions.append((line.start(), line.start() + len(line.group().rstrip("\n"))))
            items += 1
        elif body or items:  # (blank lines may stand between the header and its first item only)
            in_list = False
    return regions
