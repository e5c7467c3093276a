"""Learners ("izglītojamie": the education law's word for anyone enrolled, from kindergarten to an
adults' or a prison's course) are children only where their sentence is of school — a school, a
class, a child or a pupil, the school year or things for school ("Pabalstu skolas piederumu iegādei
piešķir izglītojamajam (par katru bērnu)"). Elsewhere ("ieslodzījuma vietās tiek iesaistīti
izglītojamie") they are no group of RECORD's list. The learner nouns and the school words are
target_groups.toml [learners] (beginnings of lower-case words)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern]:
    c = load("target_groups")["learners"]
    school = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["school_words"])) + r")", re.IGNORECASE)
    return tuple(c["nouns"]), school


def learner_out_of_school(reader, f) -> bool:
    """Whether mention `f` is a learner noun read as children in a sentence with no word of school."""
    nouns, school = _words()
    if f.id != "children" or not reader.word(f.mention.token_start).startswith(nouns):
        return False
    index = reader.doc.sentence_index(f.mention.start)
    return index is None or not reader.in_sentence_with(index, school)
