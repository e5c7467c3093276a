"""A room named for what is held in it ("domes sēžu zālē", "semināra telpā"): an event noun in
another case than its type's, right before a venue word ([compounds] venues), is the room's name,
no occurrence. "Koncerts zālē" (the nominative) stays the concert. A platform is a place only as a
tool named after it ("konferenču platformā Zoom"): "notiks diskusiju platforma par …" is an
occurrence's name, a discussion held as a forum."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import stem
from .lexicon import stems

NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
PLATFORM = "platform"
# The tool's name after the platform word: a capitalised word or a quoted name ("Zoom", "„Teams”").
TOOL_NAME = re.compile(r"[ \t]+(?:[„“\"«]|[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def names_room(doc: Document, noun) -> bool:
    m = NEXT_WORD.match(doc.text, noun.end)
    if m is None or stem(m.group(1).lower()) not in stems("compounds", "venues"):
        return False
    if stem(m.group(1).lower()).startswith(PLATFORM) and not TOOL_NAME.match(doc.text, m.end()):
        return False
    return doc.text[noun.start:noun.end].lower().split()[-1:] != noun.kind.split()[-1:]
