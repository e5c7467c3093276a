"""A list item that says it is a project and names it without quotes: under "… finansēt visus
iesniegtos projektus:", the item "1. Projekts Sporta spēles pagalmā, iesniedzējs Jānis Ozols,
300 EUR" names the project "Sporta spēles pagalmā". The name opens with a capital right after the
item's project word (`[lists] item_openers`, as written) and ends at the first comma, semicolon
or dash between words, or at the line's end. Called from listed_names.listed_names for a numbered or
bulleted item no other reading took."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ..vocabulary import load

NAME = rf"(?P<name>[{UPPER}0-9][^\n,;]{{2,150}}?)[ \t]*(?:[,;]|[ \t][–—-][ \t]|[.!?]?[ \t]*$)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    openers = load("projects")["lists"]["item_openers"]
    words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(openers, key=len, reverse=True))
    return re.compile(r"[ \t]*(?:" + words + r")[ \t]*[:–—-]?[ \t]+" + NAME)


def item_called_project(body: str, at: int) -> tuple[int, int] | None:
    """(start, end) in `body` of the name of an item that opens at `at` with a project word."""
    found = _pattern().match(body, at)
    return (found.start("name"), found.end("name")) if found else None
