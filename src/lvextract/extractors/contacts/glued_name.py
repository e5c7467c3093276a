"""A person's name glued to the word before it by a lost line break or space ("Pieteikšanās un
informācijaAnna Kalniņa, tālr. 29123456"): the lower-case tail of one word runs straight into a
capital. people.NAME_RUN wants no letter before a name, so the name is read here, only when it
opens with a known given name (or one an e-mail spells) and a phone or e-mail follows on its line:
a capital inside a word is otherwise a brand's ("eKlase") or a code's."""
from __future__ import annotations

import re

from .name_context import item_follows
from .name_words import NameMention, name_length
from .patterns import LOWER, NAME_WORD

# At least three lower-case letters of the word before, then two or three capitalised words.
GLUED_RUN = re.compile(rf"(?<=[{LOWER}][{LOWER}][{LOWER}]){NAME_WORD}(?:[ \u00a0]+{NAME_WORD}){{1,2}}")


def glued_names(text: str, parts: set[str], item_starts: list[int]) -> list[NameMention]:
    """Names glued to the word before them and followed by a contact item: one regex scan, O(n)."""
    found = []
    for m in GLUED_RUN.finditer(text):
        words = m.group(0).split()
        length = name_length(words, parts)
        if not length:
            continue
        offsets = [m.start() + o.start() for o in re.finditer(r"\S+", m.group(0))]
        end = offsets[length - 1] + len(words[length - 1])
        if item_follows(text, end, item_starts):
            found.append(NameMention(m.start(), end, words[:length]))
    return found
