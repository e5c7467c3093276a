"""A quoted name after the noun and a town in the locative ("Līgo pasākums Ozolos “Zaļa zāle”",
"koncerts Liepsalā “Rudens dziesmas”"): the occurrence's title. A town has no quoted name of its own,
so the name is the occurrence's; a venue noun there ("tautas namā “Ābele”") names the venue instead,
and stays out. One capitalised word only, glued to the noun by space. O(1) per noun."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import stem
from ...latvian.place_nominative import is_locative
from ...latvian.places import venue_stems
from .noun_mention import TITLE_AFTER_NOUN, NounMention

# The noun's end, space, one capitalised word (the town), then the quoted name as after a noun.
_TOWN = re.compile(r"[ \t]+([A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]{2,30})(?=[ \t]+(?:[„“\"«”]|,,))")


def title_after_town(doc: Document, noun: NounMention) -> str | None:
    m = _TOWN.match(doc.text, noun.end)
    if m is None or not is_locative(m.group(1)) or stem(m.group(1)) in venue_stems():
        return None
    after = TITLE_AFTER_NOUN.match(doc.text, m.end(), min(len(doc.text), m.end() + 260))
    return after.group(1).strip() if after else None
