"""Taken in, or only photographed: "uzņemt" admits people to a kindergarten, a school, a camp or a
shelter ("bērnudārzā varēs uzņemt 100 bērnus": served), but photographs or films them as often
("Fotogrāfs uzņēma skolēnus pie skolas ieejas", "Filmā režisors uzņēma seniorus": no group served).
The verb governs a served object only with a count before it or a place of admission in its
sentence, where one is admitted or the one who admits ("centrā", "centrs uzņems"). Words:
target_groups.toml [hosts] admitting, admitting_places."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from ..vocabulary import load
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern]:
    c = load("target_groups")["hosts"]
    # (the stem may close a compound: "pamatskolā", "dienas centrā"; a landmark after a preposition of the
    # genitive is caught in the group `landmark` so that it does not count: "pie kultūras centra")
    landmark = rf"(?P<landmark>(?<!\w)(?:{alternation(c['place_genitive_prepositions'])})\s+(?:[^\W\d_]+\s+){{0,2}}?)?"
    places = re.compile(landmark + "[^\\W\\d_]*?(?:" + alternation(c["admitting_places"]) + ")(?:"
                        + alternation(c["admitting_place_endings"]) + r")(?!\w)", re.IGNORECASE)
    return tuple(c["admitting"]), places


def _admits(sentence: str, places: re.Pattern) -> bool:
    """A place of admission in the sentence, not a landmark named after a preposition of the genitive."""
    return any(m.group("landmark") is None for m in places.finditer(sentence))


def not_admitted(reader: Reader, governor: str, counted: bool, char: int) -> bool:
    """Whether `governor`, a verb of taking in, has its object at `char` with no count before it and no
    place of admission in the sentence: taken in a photograph or a film, not admitted."""
    admitting, places = _words()
    if counted or not governor.startswith(admitting):
        return False
    index = reader.doc.sentence_index(char)
    return index is None or not reader.sentence_answer(("admitted",), index, lambda s: _admits(s, places))
