""""Nacionālais (līdz)finansējums" beside an EU fund is the state's part (data/funding.toml), unless
the text says at once whose it is: "nacionālais finansējums (pašvaldību budžets)", "nacionālais
līdzfinansējums – pašvaldības budžeta līdzekļi" is the municipality's money, not the state's. The
words that make a mention "national" and what may stand before the explanation are data
(data/funding.toml [national]). Called from funding_mentions._find."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load("funding")["national"]
    national = re.compile(r"(?:" + "|".join(data["words"]) + r")", re.IGNORECASE)
    # the explanation right after the mention: a bracket, a dash or a colon, a few spaces around; or a
    # relative clause that says what it is made of (", ko veido privātais un pašvaldību līdzfinansējums")
    clause = "|".join(r"\s+".join(map(re.escape, words.split())) for words in data["made_of"])
    opening = re.compile(r"[ \t]*(?:\(|[–—:-]|,[ \t]*(?:" + clause + r")\b)[ \t]*", re.IGNORECASE)
    state = re.compile(r"(?:" + "|".join(data["state_words"]) + r")", re.IGNORECASE)
    return national, opening, state


# How far the explanation reads: up to a closing bracket, a full stop or a semicolon.
EXPLANATION = re.compile(r"[^)(;.\n]{0,120}")


def municipal_national(text: str, m: Mention, municipal_starts: list[int]) -> bool:
    """Whether `m` is a national (STATE) mention whose explanation right after it names the
    municipality's budget (a MUNICIPAL mention starting at one of `municipal_starts`, sorted: one
    bisection per mention) and not the state: "(pašvaldību budžets)", ", ko veido privātais un
    pašvaldību līdzfinansējums"."""
    if m.id != "STATE":
        return False
    national, opening, state = _patterns()
    if not national.match(text, m.start):
        return False
    gap = opening.match(text, m.end)
    if gap is None:
        return False
    at = bisect_left(municipal_starts, gap.end())
    if at < len(municipal_starts) and municipal_starts[at] == gap.end():
        return True
    explanation = EXPLANATION.match(text, gap.end())
    end = explanation.end()
    after = bisect_right(municipal_starts, gap.end())
    return not state.search(text, gap.end(), end) and after < len(municipal_starts) and municipal_starts[after] < end
