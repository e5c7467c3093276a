""""Nacionālais (līdz)finansējums" beside an EU fund is the state's part (data/funding.toml), unless
the text says at once whose it is: "nacionālais finansējums (pašvaldību budžets)", "nacionālais
līdzfinansējums – pašvaldības budžeta līdzekļi" is the municipality's money, not the state's. The
words that make a mention "national" and what may stand before the explanation are data
(data/funding.toml [national]). Called from funding_mentions._find."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = load("funding")["national"]
    national = re.compile(r"(?:" + "|".join(data["words"]) + r")", re.IGNORECASE)
    # the explanation right after the mention: a bracket, a dash or a colon, a few spaces around
    opening = re.compile(r"[ \t]*(?:\(|[–—:-])[ \t]*")
    return national, opening


def municipal_national(text: str, m: Mention, municipal_starts: set[int]) -> bool:
    """Whether `m` is a national (STATE) mention whose explanation right after it opens with the
    municipality's budget (a MUNICIPAL mention starting at one of `municipal_starts`)."""
    if m.id != "STATE":
        return False
    national, opening = _patterns()
    if not national.match(text, m.start):
        return False
    gap = opening.match(text, m.end)
    if gap is None:
        return False
    return gap.end() in municipal_starts
