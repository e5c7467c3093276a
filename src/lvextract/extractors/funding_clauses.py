"""A funder's phrase matched with a gap ("dome nodrošina ... izdevumi") that runs into another
clause says nothing of who pays: "Dome nodrošina transportu, bet dalībnieki paši sedz ēdināšanas
izdevumus" (funding.toml [phrase_clauses] breaks). Reads only the mention's own characters."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _breaks() -> re.Pattern:
    return re.compile("|".join(f"(?:{b})" for b in load("funding")["phrase_clauses"]["breaks"]), re.IGNORECASE)


def across_clauses(text: str, m: Mention) -> bool:
    """Whether the mention's words run past the end of their clause."""
    return _breaks().search(text, m.start, m.end) is not None
