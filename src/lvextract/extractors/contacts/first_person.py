"""The writer as the contact: a line asks to reach the writer in the first person ("Ja rodas
jautājumi, sazinieties ar mani: mob. …, e-pasts: …") and the text is signed right below it
("⏎⏎Anna Liepa⏎biedrības valde"). The pronoun points at the signature, which the nearest-name
rules cannot see across the blank line. The pronoun's forms are contacts.toml first_person."""
from __future__ import annotations

import re
from functools import lru_cache

from .finders import Found
from .patterns import vocabulary
from .people import NameMention
from .sentences import last_break_end

# How far before the item, on its own line, the pronoun may stand.
PRONOUN_REACH = 120
# How many blank lines may stand between the item's line and the signature's name, and how far
# after the item the name may open (the rest of the item's line and the blanks): bounded reads.
MAX_BLANKS = 2
NAME_REACH = 300


@lru_cache(maxsize=1)
def _pronoun() -> re.Pattern:
    forms = "|".join(map(re.escape, vocabulary()["first_person"]))
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{forms})(?![^\W\d_])")


def writer_signs(text: str, item: Found, first: NameMention | None) -> bool:
    """Whether `first`, the first name after the item, signs the text as the writer the item's
    sentence speaks of in the first person: the pronoun before the item on its line, then only the
    rest of that line and blank lines (at most MAX_BLANKS) down to the name, which opens its line."""
    if first is None or first.start - item.end > NAME_REACH:
        return False
    line_start = text.rfind("\n", max(0, item.start - PRONOUN_REACH), item.start) + 1
    before = text[max(line_start, item.start - PRONOUN_REACH):item.start]
    # (in the item's own sentence: "Man šķiet, ka … Zvaniet 26…" asks for no one)
    if not _pronoun().search(before, last_break_end(before)):
        return False
    line_end = text.find("\n", item.end, first.start)
    if line_end < 0:
        return False  # the name stands on the item's own line: the nearest-name rules decide
    between = text[line_end + 1:first.start].split("\n")
    # every line down to the name is blank, and the name opens its own line
    return len(between) - 1 <= MAX_BLANKS and all(not line.strip() for line in between)
