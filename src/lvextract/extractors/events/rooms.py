"""A room named for what is held in it ("domes sēžu zālē", "semināra telpā"): an event noun in
another case than its type's, right before a venue word ([compounds] venues), is the room's name,
no occurrence. "Koncerts zālē" (the nominative) stays the concert. A platform is a place only as a
tool named after it ("konferenču platformā Zoom"): "notiks diskusiju platforma par …" is an
occurrence's name, a discussion held as a forum. Two such genitives joined by "un" name one room
("Izstāžu un tikšanās zālē"): the first is the room's name as well."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import lemma, stem
from ...latvian.verb_forms import is_verb_form
from .lexicon import stems, vocabulary

NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# "un" and the second genitive of a room named by two ("izstāžu un tikšanās zālē"), before the venue word:
# itself a plural genitive in "-u" or an indeclinable verbal noun in "-šanās" ("balli" is an accusative).
JOINED_GENITIVE = re.compile(r"[ \t]+un[ \t]+[^\W\d_]+(?:u|šanās)(?=[ \t])", re.I)
# ... and, read back from the second, the first genitive in the plural and "un" ("izstāžu un tikšanās
# zālē": an indeclinable "tikšanās" names the room too); a bounded window ending at the noun.
PLURAL_GENITIVE_AND = re.compile(r"\b([^\W\d_]{3,}u)[ \t]+un[ \t]+$", re.I)
# The word right before a noun (read back in a bounded window).
WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
WINDOW = 40
PLATFORM = "platform"
# The tool's name after the platform word: a capitalised word or a quoted name ("Zoom", "„Teams”").
TOOL_NAME = re.compile(r"[ \t]+(?:[„“\"«]|[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


@lru_cache(maxsize=1)
def _governing() -> tuple[frozenset[str], frozenset[str]]:
    c = vocabulary()["compounds"]
    return frozenset(c["accusative_prepositions"]), frozenset(c["objectless_lemmas"])


def _accusative(doc: Document, start: int) -> bool:
    """Whether the word in "-u" at `start` is an object: a preposition or a verb that governs one
    stands right before it ("uz koncertu un balli", "rīkos koncertu un balli"), not a room's genitive."""
    m = WORD_BEFORE.search(doc.text, max(0, start - WINDOW), start)
    if m is None:
        return False
    prepositions, objectless = _governing()
    word = m.group(1).lower()
    return word in prepositions or (is_verb_form(word) and lemma(word) not in objectless)


def names_room(doc: Document, noun) -> bool:
    joined = JOINED_GENITIVE.match(doc.text, noun.end)
    if joined and (not doc.text[noun.start:noun.end].lower().endswith("u") or _accusative(doc, noun.start)):
        joined = None  # only a plural genitive names a room with another ("uz koncertu un balli zālē" does not)
    m = NEXT_WORD.match(doc.text, joined.end() if joined else noun.end)
    if m is None or stem(m.group(1).lower()) not in stems("compounds", "venues"):
        return False
    if stem(m.group(1).lower()).startswith(PLATFORM) and not TOOL_NAME.match(doc.text, m.end()):
        return False
    first = PLURAL_GENITIVE_AND.search(doc.text, max(0, noun.start - WINDOW), noun.start)
    if first and not _accusative(doc, first.start(1)):
        return True
    return doc.text[noun.start:noun.end].lower().split()[-1:] != noun.kind.split()[-1:]
