"""A list item that opens with a quoted name and says who handed it in ("• ”Soliņi” – iesniedzējs
biedrība “Ozols”, 550 EUR", "2) „Puķu dobe”, pieteicējs – IG „Liepa”", "- “Laipa”, projekta koordinatore – …"): the name is a project's
whatever the list's heading says ("Finansējumu saņems:"), for only a project has a submitter.
The role words are [submitter_item] roles in projects.toml. A quote left open before the dash
("• "Strūklaka – iesniedzējs …") still closes the name there. One pass over the lines.
An item's unquoted name with its submitter in brackets after it names a project too
("2. Laipa pār Ozolupi (iesniedzējs Jānis Kalns);", bracketed_items)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ..vocabulary import load
from .quoted import quoted_after

OPENERS = "„“”\"«"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = load("projects")["submitter_item"]
    roles, project_roles = "|".join(words["roles"]), "|".join(words["project_roles"])
    item = re.compile(rf"^[ \t]*(?:[•·▪●◦*–-]|\d{{1,3}}[.)])?[ \t]*(?=[{OPENERS}])", re.MULTILINE)
    # what follows the name: a dash, comma or colon, then the role ("projekta iesniedzējs",
    # "projekta koordinatore")
    tail = re.compile(rf"[”“\"»']?[ \t]*[,–—:-][ \t]*(?:(?:projekta[ \t]+)?(?:{roles})|projekta[ \t]+(?:{project_roles}))(?!\w)",
                      re.IGNORECASE)
    return item, tail


UNCLOSED = re.compile(r"[^\n„“”\"«»]{2,150}?(?=[ \t]*[,–—:-][ \t])")


def submitter_items(text: str, quotes: dict[str, str]):
    """(start, end) of each item's quoted name that a submitter follows."""
    item, tail = _patterns()
    for m in item.finditer(text):
        opening = m.end()
        closed = quoted_after(text, opening, quotes)
        if closed and tail.match(text, closed[1]):
            yield closed
            continue
        unclosed = UNCLOSED.match(text, opening + 1)
        if unclosed and tail.match(text, unclosed.end()):
            yield unclosed.start(), unclosed.end()


@lru_cache(maxsize=1)
def _bracketed() -> re.Pattern:
    """A bulleted or numbered item: a name from a capital letter (no quote or bracket in it), then in
    brackets a role word and the one who handed it in ("(iesniedzēja biedrība „Liepa”)")."""
    roles = "|".join(load("projects")["submitter_item"]["roles"])
    return re.compile(rf"^[ \t]*(?:[•·▪●◦*–-]|\d{{1,3}}[.)])[ \t]*(?P<name>[{UPPER}][^\n()„“”\"«»]{{1,150}}?)[ \t]*"
                      rf"\([ \t]*(?:projekta[ \t]+)?(?:{roles})(?!\w)[ \t:–—-]*[^\W\d_][^()\n]*\)", re.MULTILINE | re.IGNORECASE)


def bracketed_items(text: str):
    """(start, end) of each item's unquoted name that its submitter in brackets follows."""
    for m in _bracketed().finditer(text):
        if m["name"][0].isupper():  # (the pattern reads any case for the roles: the name keeps its capital)
            yield m.start("name"), m.end("name")
