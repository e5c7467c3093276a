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

# The next word, or the one past a second genitive joined by "un" ("Izstāžu un tikšanās zālē": both
# name the hall, neither is an occurrence).
NEXT_WORD = re.compile(r"[ \t]+(?:un[ \t]+[^\W\d_]+[ \t]+)?([^\W\d_]+)")
# The room word right after, with the genitive joined before it by "un" ("… un tikšanās zālē").
JOINED_BEFORE = re.compile(r"[^\W\d_]{3,}(?:u|as|es)[ \t]+un[ \t]+$")
PLATFORM = "platform"
# The tool's name after the platform word: a capitalised word or a quoted name ("Zoom", "„Teams”").
TOOL_NAME = re.compile(r"[ \t]+(?:[„“\"«]|[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def names_room(doc: Document, noun) -> bool:
    m = NEXT_WORD.match(doc.text, noun.end)
    if m is None or stem(m.group(1).lower()) not in stems("compounds", "venues"):
        return False
    if stem(m.group(1).lower()).startswith(PLATFORM) and not TOOL_NAME.match(doc.text, m.end()):
        return False
    if doc.text[noun.start:noun.end].lower().split()[-1:] != noun.kind.split()[-1:]:
        return True
    # A form alike in the nominative and the genitive ("tikšanās") is the room's when a genitive
    # joined by "un" stands before it ("Izstāžu un tikšanās zālē").
    before = JOINED_BEFORE.search(doc.text, max(0, noun.start - 40), noun.start)
    return m.start(1) == noun.end + 1 and before is not None
