"""A room named for what is held in it ("domes sēžu zālē", "semināra telpā"): an event noun in
another case than its type's, right before a venue word ([compounds] venues), is the room's name,
no occurrence. "Koncerts zālē" (the nominative) stays the concert."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import stem
from .lexicon import stems

NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def names_room(doc: Document, noun) -> bool:
    m = NEXT_WORD.match(doc.text, noun.end)
    if m is None or stem(m.group(1).lower()) not in stems("compounds", "venues"):
        return False
    return doc.text[noun.start:noun.end].lower().split()[-1:] != noun.kind.split()[-1:]
