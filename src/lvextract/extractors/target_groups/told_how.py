"""What was presented: a group inside a "how" clause after a word of presenting or sharing experience
("katras valsts grupa prezentēja savu pieredzi, kā tiek organizētas aktivitātes bērniem ar īpašām
vajadzībām") is the subject of the talk, a group only mentioned, not one the text's event serves. A
plain verb of telling is left out ("informēja, kā senioriem pieteikties pabalstam": told to those who
apply). So is a group inside such a clause after a word of watching ("vērojām, kā stundā mācās bērni"):
what the visitors saw, not whom their visit serves. Words: target_groups.toml [told_how]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import SENTENCE_STOPS as STOPS
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _settings() -> tuple[int, int, tuple[str, ...], frozenset[str], frozenset[str]]:
    c = load("target_groups")["told_how"]
    return int(c["reach"]), int(c["lead"]), tuple(c["experience_words"]) + tuple(c["watching_words"]), \
        frozenset(c["watching_words"]), frozenset(c["next_clause_words"])


def presented_how(reader: Reader, f: Found) -> bool:
    """Whether mention `f` stands in a ", kā …" clause after a word of presenting, sharing experience or watching."""
    reach, lead, experience, watching, next_clause = _settings()
    for i in reader.words_back(f.mention.token_start, reach):
        word = reader.word(i)
        if word in STOPS:
            return False
        if word in next_clause and (before := reader.previous_word(i)) is not None and reader.word(before) == ",":
            return False  # "vērojām, kā notiek darbs, un aicinām seniorus …": the next clause's own group
        if word != "kā":
            continue
        following = reader.skip_space(i + 1)
        if following < len(reader.sdoc) and reader.word(following) == "arī":
            return False  # ", kā arī …": "as well as", no clause of how
        comma = reader.previous_word(i)
        if comma is not None and reader.word(comma) in watching:
            return True  # the comma left out after a word of watching: "apskatījām kā mācās bērni"
        if comma is None or reader.word(comma) != ",":
            return False
        return any(reader.word(j).startswith(experience) for j in reader.words_back(comma, lead))
    return False
