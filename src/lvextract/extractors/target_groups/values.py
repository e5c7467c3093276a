"""A family named as a value among abstract nouns: "četras sveces, veltītas mīlestībai, draudzībai,
ģimenei un mieram", "mūsu vērtības – dzimtene, ģimene un ticība". The word says what is cherished,
no household is served. A singular `families` mention ("ģimene", "ģimenei", "ģimeni") whose
neighbour in its list — the word before the comma or "un" in front of it, or the one after the comma
or "un" behind it — begins with one of target_groups.toml [values] `words` is such a value. One word
either side is read, so a text of many mentions stays linear."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

JOINS = frozenset({",", "un", "–", "-"})
SINGULAR_FAMILY = frozenset({"ģimene", "ģimenei", "ģimeni"})


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    return tuple(load("target_groups")["values"]["words"])


def named_as_value(reader: Reader, f: Found) -> bool:
    """Whether families mention `f` is a value listed beside abstract nouns."""
    if f.id != "families" or f.modifier or reader.word(f.mention.token_end - 1) not in SINGULAR_FAMILY:
        return False
    words = _words()
    join = reader.previous_word(f.mention.token_start)
    if join is not None and reader.word(join) in JOINS:
        before = reader.previous_word(join)
        if before is not None and reader.word(before).startswith(words):
            return True
    join = reader.word_at_or_after(f.mention.token_end)
    if join is not None and reader.word(join) in JOINS:
        after = reader.word_at_or_after(join + 1)
        if after is not None and reader.word(after).startswith(words):
            return True
    return False
