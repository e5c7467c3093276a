"""A group named in a comparison: "pieaugušajiem vajag uzmanību, tāpat kā maziem bērniem", "viņi
priecājās gluži kā mazi bērni" — the group is what the others are likened to, no one served.
"kā" right before the group blocks it already (reader.looks_back, `blocking_just_before`); this reads
it past one word that agrees in case with the group, its adjective ("kā maziem bērniem"). Not
examples after "tādas grupas kā" (reader.lists_such_as), nor "kā arī", which joins a list."""
from __future__ import annotations

from .forms import form
from .mentions import Found
from .reader import Reader


def likened_to(reader: Reader, f: Found) -> bool:
    start = f.mention.token_start
    qualifier = reader.previous_word(start)
    if qualifier is None or qualifier in reader.in_mention or reader.word(qualifier) == "arī" \
            or not reader.sdoc[qualifier].text.isalpha() or not reader.sdoc[qualifier].text.islower():
        return False
    as_word = reader.previous_word(qualifier)
    if as_word is None or reader.word(as_word) != "kā" or reader.lists_such_as(as_word):
        return False
    head = reader.sdoc[f.mention.token_end - 1].text
    return bool(form(reader.sdoc[qualifier].text) & form(head))
