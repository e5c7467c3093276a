"""A street named for an occurrence ("Nometņu iela 64", "Koncertu ielā", "Festivāla laukumā"): the
capitalised event noun right before a street word ([street_names] in events.toml, any case) is a
word of an address, no occurrence. A lower-case noun stays ("koncerts laukumā" is a concert held on
a square), and so does a sentence's first word in its type's own form ("Koncerts laukumā notiks …")."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import stem
from .lexicon import stems

NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# A name's word is a genitive (feminine -as/-es, masculine -a, plural -u): "Festivāla parkā", "Nometņu iela".
GENITIVE = re.compile(r"(?:as|es|[^aā]a|u)$")


def names_street(doc: Document, noun) -> bool:
    if not doc.text[noun.start:noun.start + 1].isupper():
        return False
    m = NEXT_WORD.match(doc.text, noun.end)
    if m is None or stem(m.group(1).lower()) not in stems("street_names", "words"):
        return False
    if not GENITIVE.search(doc.text[noun.start:noun.end].lower()):
        return False  # "Koncerti parkā notiks …": held in a park
    before = doc.text[max(0, noun.start - 3):noun.start].strip(" \t\"„“«*-–•(")
    opens_sentence = not before or before.endswith((".", "!", "?", ":", "\n"))
    return not opens_sentence or doc.text[noun.start:noun.end].lower().split()[-1:] != noun.kind.split()[-1:]
