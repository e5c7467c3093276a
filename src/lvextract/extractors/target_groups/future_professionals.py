"""Those becoming professionals ("topošie skolotāji", "iespējas topošajiem kokapstrādes
speciālistiem", "nākotnes speciālisti") are students being trained for the trade, not the
professionals of RECORD's list; a word of becoming a word or two before the noun says so. So is a
worker an employer needs, a word of need right before the noun ("sev vajadzīgā speciālista
sagatavošanai": a post to fill, whom a training in the sentence prepares), one learning for the job
("audzēkņi, kuri mācās par pavāriem un speciālistiem": "par" after a verb of learning or becoming), and
young professionals in a contest of their skill ("jauno profesionāļu meistarības konkurss": the vocational
pupils who enter it). Words: target_groups.toml [future_professionals]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader


LIST_WORDS = frozenset({"un", "vai"})  # joins of a list the word of becoming stands before


@lru_cache(maxsize=1)
def _learning() -> tuple[tuple[str, ...], int, tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["future_professionals"]
    return tuple(c["learning_as"]), int(c["as_reach"]), tuple(c["young"]), tuple(c["skill_contest"])


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], int, tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["future_professionals"]
    return tuple(c["words"]), int(c["reach"]), tuple(c["wanted"]), tuple(c["training"])


def _in_training(reader: Reader, f: Found, training: tuple[str, ...]) -> bool:
    """Whether the sentence of `f` has a word of training ("sagatavošanai", "apmācīt")."""
    index = reader.doc.sentence_index(f.mention.start)
    sentence = reader.doc.sentence_text(index).lower() if index is not None else ""
    return any(w in sentence for w in training)


def becoming_professionals(reader: Reader, f: Found) -> bool:
    """Whether professionals mention `f` is said of people still becoming them."""
    if f.id != "professionals":
        return False
    if _learning_for_the_job(reader, f) or _young_in_skill_contest(reader, f):
        return True
    words, reach, wanted, training = _words()
    i: int | None = f.mention.token_start
    if reader.word(i).startswith(words):  # (the word inside the mention itself)
        return True
    before = reader.previous_word(i)
    if before is not None and reader.word(before).startswith(wanted) and _in_training(reader, f, training):
        return True
    steps = 0
    while steps < reach:
        i = reader.previous_word(i)
        if i is None or not reader.word(i).isalpha():
            return False
        if reader.word(i).startswith(words):
            return True
        # (a list's "un" is no step: "topošie pavāri un speciālisti" are all becoming)
        steps += reader.word(i) not in LIST_WORDS
    return False


def _learning_for_the_job(reader: Reader, f: Found) -> bool:
    """"mācās par ēdināšanas un pakalpojumu speciālistiem": "par" a few words back (only words between,
    no punctuation), right after a verb of learning or becoming."""
    learning, reach, _, _ = _learning()
    i: int | None = f.mention.token_start
    for _ in range(reach):
        i = reader.previous_word(i)
        if i is None or not reader.word(i).isalpha():
            return False
        if reader.word(i) == "par":
            verb = reader.previous_word(i)
            return verb is not None and reader.word(verb).startswith(learning)
    return False


def _young_in_skill_contest(reader: Reader, f: Found) -> bool:
    """"jauno profesionāļu meistarības konkurss": "jauno" right before, a contest of skill right after."""
    _, _, young, contest = _learning()
    before = reader.previous_word(f.mention.token_start)
    after = reader.word_at_or_after(f.mention.token_end)
    return before is not None and after is not None and reader.word(before) in young \
        and reader.word(after).startswith(contest)
