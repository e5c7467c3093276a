"""A group inside what someone learns or shares knowledge about is the topic, not someone served:
"ģimenes gūs zināšanas un izpratni par bērnu uzņemšanas procesu, atbalsta sniegšanu bērnam" (the
families are trained; the children are what the training is about), "audžuģimenes dalās pieredzē par
aprūpē esošu bērnu aprūpi". The mention counts so when, walking back within its clause, the first
"par" stands right after a noun of knowledge (`nouns`, beginnings of lower-case words: "zināšanas",
"izpratni", "pieredzē") — past the groups listed before it, the other items of the "par" list and
their commas, at most `reach` words; a sentence mark or a word of `stops` ("lai", "kas", "kuri" …: another clause) ends the walk.
Not "informācija par pabalstiem ģimenēm" (information is given to them: "informācij" is no such noun).
So is others' work told: "par" right after a verb of telling, a noun of work in the phrase ("kolēģi
pastāstīja par savu darbu ar bērniem"; `telling_verbs`, `work_nouns`).
Words: target_groups.toml [knowledge_topic]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .list_walks import LIST_STEPS, word_before_list
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _settings() -> tuple[tuple[str, ...], frozenset[str], int]:
    c = load("target_groups")["knowledge_topic"]
    return tuple(c["nouns"]), frozenset(c["stops"]), int(c["reach"])


@lru_cache(maxsize=1)
def _told_work() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["knowledge_topic"]
    return tuple(c["telling_verbs"]), tuple(c["work_nouns"])


def knowledge_topic(reader: Reader, f: Found) -> bool:
    """Whether mention `f` (a modifier: its noun) stands in the "par" phrase of a noun of knowledge."""
    nouns, stops, reach = _settings()
    if f.modifier:
        start = reader.modified_noun(f.mention.token_start)
        first = reader.previous_word(start) if start is not None else None
    else:  # (past the groups listed before it: "par bērnu un jauniešu tiesībām")
        first = word_before_list(reader, f, LIST_STEPS, lambda i: False)
    if first is None:
        return False
    telling, work = _told_work()
    worked = False  # a noun of work passed: "par savu darbu ar bērniem"
    for j in (first, *reader.words_back(first, reach)):
        word = reader.word(j)
        if word in stops or (reader.sdoc[j].is_punct and word != ","):
            return False
        if word == "par":
            noun = reader.previous_word(j)
            return noun is not None and (reader.word(noun).startswith(nouns)
                                         or (worked and reader.word(noun).startswith(telling)))
        worked = worked or word.startswith(work)
    return False
