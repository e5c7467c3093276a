"""Learners of a vocational school ("Tehnikuma audzēkņi devās praksē", "profesionālās vidusskolas
izglītojamajiem nodrošināta prakse") are students of fifteen and over, not the children of RECORD's
list, whom a learner noun stands for at a general school ("5. klašu audzēkņi", "pamatskolas
izglītojamie"). The school is the one the learner's sentence names; a sentence that names no school
of either kind ("Vizītes laikā izglītojamajiem bija iespēja …") takes the text's, where the text names
a vocational school and no general one. A child's art or music school ("profesionālās ievirzes") is
no vocational school. Words: target_groups.toml [vocational_learners]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    c = load("target_groups")["vocational_learners"]
    schools = re.compile(r"(?<!\w)(?:" + "|".join(c["schools"]) + ")", re.IGNORECASE)
    general = re.compile(r"(?<!\w)(?:" + "|".join(c["general"]) + ")", re.IGNORECASE)
    return tuple(c["nouns"]), schools, general


def _school_kind(text: str) -> str | None:
    """"vocational" where `text` names a vocational school and no general one, "general" where it
    names a general one (the vocational names blanked first: "profesionālā vidusskola" is no
    "vidusskola"), else None."""
    _, schools, general = _words()
    blanked = schools.sub(lambda m: " " * len(m.group()), text)
    if general.search(blanked):
        return "general"
    return "vocational" if schools.search(text) else None


def vocational_learner(reader: Reader, f: Found) -> bool:
    """Whether children mention `f` is a learner noun whose school is a vocational one."""
    nouns, _, _ = _words()
    if f.id != "children" or not reader.word(f.mention.token_end - 1).startswith(nouns):
        return False
    index = reader.doc.sentence_index(f.mention.start)
    if index is None:
        return False
    kind = _school_kind(reader.doc.sentence_text(index))
    if kind is None:  # the text's schools, read once per document
        kind = reader.doc.derived("target_groups.school_kind", lambda doc: _school_kind(doc.text))
    return kind == "vocational"
