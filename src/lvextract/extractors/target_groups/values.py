"""A family named as a value among abstract nouns: "četras sveces, veltītas mīlestībai, draudzībai,
ģimenei un mieram", "mūsu vērtības – dzimtene, ģimene un ticība". The word says what is cherished,
no household is served. A singular `families` mention ("ģimene", "ģimenei", "ģimeni") whose
neighbour in its list — the word before the comma or "un" in front of it, or the one after the comma
or "un" behind it — begins with one of target_groups.toml [values] `words` and ends as a word in the
family's case does ([values.case_endings]: "ģimenei" beside "mieram", not beside "cieņa") is such a
value. One word either side is read, so a text of many mentions stays linear."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

JOINS = frozenset({",", "un", "–", "-"})


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    c = load("target_groups")["values"]
    return tuple(c["words"]), {form: tuple(endings) for form, endings in c["case_endings"].items()}


def named_as_value(reader: Reader, f: Found) -> bool:
    """Whether families mention `f` is a value listed beside abstract nouns."""
    words, case_endings = _words()
    endings = case_endings.get(reader.word(f.mention.token_end - 1)) if f.id == "families" else None
    if endings is None or f.modifier:  # (only a singular family word is one of a list of values)
        return False
    join = reader.previous_word(f.mention.token_start)
    if join is not None and reader.word(join) in JOINS:
        before = reader.previous_word(join)
        if before is not None and _value(reader.word(before), words, endings):
            return True
    join = reader.word_at_or_after(f.mention.token_end)
    if join is not None and reader.word(join) in JOINS:
        after = reader.word_at_or_after(join + 1)
        if after is not None and _value(reader.word(after), words, endings):
            return True
    return False


def _value(word: str, words: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    """A value's word in the family word's case."""
    return word.startswith(words) and word.endswith(endings)
