"""Families that host: a household invited, or said, to take in a guest pupil, a foster child or a
visitor gives the service, as recruited volunteers do, and is not served — "aicina pieteikties
ģimenes viesskolēnu uzņemšanai", "aicina ģimenes kļūt par audžuģimenēm", "iespēja ģimenēm savās
mājās izmitināt skolēnus", "viesus sagaida skolotāji un ģimenes". The families stay where the same
sentence trains, pays or supports them ("ģimenes, kuras vēlas kļūt par audžuģimenēm, aicinātas uz
apmācībām"), and where no hosting is said near them. Words: target_groups.toml [hosts]."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from ..vocabulary import load
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _patterns() -> tuple[int, re.Pattern, tuple[str, ...]]:
    c = load("target_groups")["hosts"]
    become = r"(?<!\w)" + alternation(c["become_verbs"]) + r"\w*\s+par\s+" + alternation(c["host_nouns"])
    near = r"(?:\S+\s+){0,2}?"  # at most two words between the taking-in verb and its guest or home
    fronted = r"(?:\S+\s+){0,4}?"  # a fronted guest with its origin and place: "Viesus no Igaunijas pie skolas sagaidīja"
    taking = r"(?<!\w)(?!" + alternation(c["not_taking_in"]) + ")" + alternation(c["admitting"] + c["taking_in"]) + r"\w*"
    guest = alternation(c["guests"] + c["home_words"])
    hosting = re.compile(become + "|" + taking + r"\s+" + near + guest + "|" + guest + r"\w*\s+" + fronted + taking, re.IGNORECASE)
    return int(c["reach"]), hosting, tuple(c["served_words"])


def hosts_guests(reader: Reader, f: Found) -> bool:
    """Whether families mention `f` names households that host, in a sentence that serves them no other way."""
    if f.id != "families":
        return False
    reach, hosting, served_words = _patterns()
    index = reader.doc.sentence_index(f.mention.start)
    if index is None:
        return False
    sentence = reader.doc.sentences[index]
    start, end = max(sentence.start, f.mention.start - reach), min(sentence.end, f.mention.end + reach)
    if not hosting.search(reader.doc.text, start, end):
        return False
    return not reader.has_word_starting(index, served_words)
