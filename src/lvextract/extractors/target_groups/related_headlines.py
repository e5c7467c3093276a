"""Headlines of other articles listed under "Lasiet arī:" or "Saistītie raksti" ("- Novada skolēni
sacentās spartakiādē"): they tell what other pages report, not whom this text serves, so their
lines are skipped like a menu. The list is the item lines ("- …", "• …") right after a header line
that is one of target_groups.toml [context] `related_headers` (lower-case, a colon may follow);
it ends at the first line that is no item. Under the headers of `unbulleted_headers` an item needs
no bullet: a short line with no full stop at its end (a headline, a date), or a teaser cut off by an
ellipsis ("… Par […]"), blank lines between them ("Saistītie raksti⏎Skolēni apgūst peldēšanu⏎…"). So is the last line with words above a link to the rest of
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
def _unbulleted() -> tuple[frozenset[str], int]:
    c = load("target_groups")["context"]
    return frozenset(c["unbulleted_headers"]), int(c["headline_max_words"])


TEASER_ENDS = ("[…]", "[...]", "…", "...", "[")  # a teaser cut off: "… Par […]"


def _headline_like(body: str, max_words: int) -> bool:
    """A line an unbulleted list of other articles holds: a headline or a date (short, no full stop at
    its end) or a cut-off teaser."""
    return body.endswith(TEASER_ENDS) or (len(body.split()) <= max_words and not body.endswith((".", ":", "!", "?")))


@lru_cache(maxsize=1)
def _read_more() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["read_more"])


def related_headlines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each headline line listed under a header of other articles."""
    regions, in_list, items, unbulleted = [], False, 0, False
    unbulleted_headers, max_words = _unbulleted()
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
        header = body.lower().strip(" *#_").rstrip(":").strip(" *_")
        if header in _headers():
            in_list, items, unbulleted = True, 0, header in unbulleted_headers
            continue
        if in_list and (ITEM.match(body) or (unbulleted and body and _headline_like(body, max_words))):
            regions.append((line.start(), line.start() + len(line.group().rstrip("\n"))))
            items += 1
        elif body or (items and not unbulleted):  # (blank lines between a bulleted list's header and its first item only)
            in_list = False
    return regions
