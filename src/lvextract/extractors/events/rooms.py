"""A room named for what is held in it ("domes sēžu zālē", "semināra telpā"): an event noun in
another case than its type's, right before a venue word ([compounds] venues), is the room's name,
no occurrence. "Koncerts zālē" (the nominative) stays the concert. A platform is a place only as a
tool named after it ("konferenču platformā Zoom"): "notiks diskusiju platforma par …" is an
occurrence's name, a discussion held as a forum. Two such genitives joined by "un" name one room
("Izstāžu un tikšanās zālē"): the first is the room's name as well."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import stem
from .lexicon import stems

NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# "un" and the second genitive of a room named by two ("izstāžu un tikšanās zālē"), before the venue word.
JOINED_GENITIVE = re.compile(r"[ \t]+un[ \t]+[^\W\d_]+(?=[ \t])")
# ... and, read back from the second, the first genitive in the plural and "un" ("izstāžu un tikšanās
# zālē": an indeclinable "tikšanās" names the room too); a bounded window ending at the noun.
# Not after a preposition, whose accusative may end so too ("uz koncertu un balli zālē").
PLURAL_GENITIVE_AND = re.compile(r"(?<!\buz )(?<!\bpar )(?<!\bpa )(?<!\bar )\b[^\W\d_]{3,}u[ \t]+un[ \t]+$", re.I)
PREPOSITION_BEFORE = re.compile(r"\b(?:uz|par|pa|ar)[ \t]+$", re.I)
WINDOW = 40
PLATFORM = "platform"
# The tool's name after the platform word: a capitalised word or a quoted name ("Zoom", "„Teams”").
TOOL_NAME = re.compile(r"[ \t]+(?:[„“\"«]|[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def names_room(doc: Document, noun) -> bool:
    joined = JOINED_GENITIVE.match(doc.text, noun.end)
    if joined and (not doc.text[noun.start:noun.end].lower().endswith("u")
                   or PREPOSITION_BEFORE.search(doc.text, max(0, noun.start - WINDOW), noun.start)):
        joined = None  # only a plural genitive names a room with another ("uz koncertu un balli zālē" does not)
    m = NEXT_WORD.match(doc.text, joined.end() if joined else noun.end)
    if m is None or stem(m.group(1).lower()) not in stems("compounds", "venues"):
        return False
    if stem(m.group(1).lower()).startswith(PLATFORM) and not TOOL_NAME.match(doc.text, m.end()):
        return False
    if PLURAL_GENITIVE_AND.search(doc.text, max(0, noun.start - WINDOW), noun.start):
        return True
    return doc.text[noun.start:noun.end].lower().split()[-1:] != noun.kind.split()[-1:]
