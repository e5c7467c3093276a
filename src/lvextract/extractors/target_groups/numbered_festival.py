"""A group's genitive inside a numbered festival's name: "gatavojoties XVI Senioru svētkiem Ikšķilē",
"II Jauniešu Deju svētkos" — a national series named for the ones who dance and sing on its stage, told
by the Roman numeral before the capitalised group word. The name serves no one; a text that invites the
group to it says so elsewhere ("uz svētkiem aicināti visi seniori"). The gathering's word right after
the group, a capitalised art word ("Deju", "Dziesmu") allowed between: target_groups.toml
[numbered_festival]. Bounded: a word or two either side of the mention."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

ROMAN = re.compile(r"[IVXLC]{1,7}")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["numbered_festival"]
    return tuple(c["gatherings"]), frozenset(c["arts"])


def in_numbered_festival(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is the capitalised group genitive of a festival named with a Roman numeral."""
    token = None if f.modifier else reader.capitalised_word(f.mention)
    if token is None:
        return False
    before = reader.previous_word(f.mention.token_start)
    if before is None or not ROMAN.fullmatch(reader.sdoc[before].text):
        return False
    gatherings, arts = _words()
    after = reader.skip_space(f.mention.token_end)
    if after < len(reader.sdoc) and reader.word(after) in arts:
        after = reader.skip_space(after + 1)
    return after < len(reader.sdoc) and reader.word(after).startswith(gatherings)
