"""A group word that names a profession is no group served: "tika iepazītas ugunsdzēsēja,
informācijas tehnoloģiju speciālista, pavāra u.c. profesijas", "skolotāja profesijas prestižs" —
a genitive that, alone or inside a list of genitives, qualifies a word of `profession_nouns`
(target_groups.toml [context]; beginnings of words). The walk forward reads at most
PROFESSION_REACH characters of the mention's sentence, so a sentence of many groups stays linear."""
from __future__ import annotations

import re

from .forms import form

PROFESSION_REACH = 200  # characters after the mention
# A list's joints between genitives: a comma, "un", "vai", and "u.c." / "utt." before the noun.
JOINTS = frozenset({",", "un", "vai", "u.c.", "utt.", "u. c.", "arī"})
PIECE = re.compile(r"u\.\s?c\.|utt\.|[^\W\d_]+|,|\S")


def names_a_profession(reader, f) -> bool:
    """Whether mention `f`, a genitive, qualifies a profession noun after a run of genitives."""
    text = reader.doc.text
    head = text[f.mention.start:f.mention.end].split()[-1]
    if head.isupper() or "genitive" not in form(head):
        return False
    nouns = reader.ctx.profession_nouns
    for piece in PIECE.finditer(text, f.mention.end, min(len(text), f.mention.end + PROFESSION_REACH)):
        word = piece.group().lower()
        if word.startswith(nouns):
            return True
        if word in JOINTS or word.startswith("u."):
            continue
        if not word[0].isalpha() or "genitive" not in form(word):
            return False  # the run of genitives ended without a profession
    return False
