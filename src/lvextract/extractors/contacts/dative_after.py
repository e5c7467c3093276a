"""A phone given first and the person to ask right after it, in the dative that the verb of
calling governs: "zvanot pa tālruni 29111222 A. Kalnai vai 26333444 Ilzei Liepiņai" — each number
is the name's after it, not the name's before it (which is the previous number's). Only a name all
in the dative, glued to the number by a space: a nominative name after a number ("tālr. 29111222
Anna Kalna, tālr. …") may open the next entry of a flattened listing and stays with linking's
nearest name before. Asked by people.find_names for a mention no bracket ties to an item."""
from __future__ import annotations

from ...latvian.name_readings import DAT, readings


def _dative(word: str) -> bool:
    """Whether a name word's ending allows the dative (latvian/name_readings.py: -ai, -ei, -am, -im, -em)."""
    return any(r.case == DAT for r in readings(word))


def dative_after_item(text: str, start: int, words: list[str], item_ends: set[int]) -> int | None:
    """The end of the phone or e-mail right before the name at `start`, when the name is in the
    dative; else None."""
    before = text[max(0, start - 3):start]  # a bounded look back: one or two spaces
    gap = len(before) - len(before.rstrip(" \u00a0"))
    if gap < 1 or gap > 2 or start - gap not in item_ends:
        return None
    # (an initial, "A.", may stand for the given name)
    if not words or not all(_dative(w) or (len(w) <= 3 and w.endswith(".")) for w in words) or not _dative(words[-1]):
        return None
    return start - gap
