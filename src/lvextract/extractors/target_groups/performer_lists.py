"""A group's collectives named in a list of a programme's other performers are performers too, no
gathering of the group's: "koncertos piedalīsies folkloras kopas, vīru ansambļi un mazākumtautību
kolektīvi", "pasākums pulcēja koru, ansambļu, mazākumtautību folkloras kopu, deju kolektīvu
dalībniekus", "uzstāsies koris „Latvija”, kā arī novada mazākumtautību kolektīvi". Readers who never saw
this tool list no group for them. Said so when, before the group's genitive in its sentence, an
ensemble word of no group of ours (target_groups.toml [performer_lists] `ensembles`, whole lower-case
words; the word before it and the list's other ensembles no group's: "bērnu kori un senioru ansambļi",
"senioru kori un ansambļi, kā arī bērnu deju kolektīvi" are gatherings of both) stands
with a list's join (a comma, "un", "kā arī") after it, within `REACH` words. A festival of the group's
collectives alone keeps them ("senioru koru koncerts", "skatē piedalās senioru kori un ansambļi")."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load

REACH = 16  # words (and marks) back from the group's genitive: "koris „Latvija” un diriģents Māris Sirmais, kā arī Rēzeknes novada"
JOINS = frozenset({",", "un", "arī"})
LIST_JOINS = frozenset({",", "un"})  # between the ensembles of one list: "kori, ansambļi un kapelas"


@lru_cache(maxsize=1)
def _ensembles() -> frozenset[str]:
    return frozenset(load("target_groups")["performer_lists"]["ensembles"])


def other_ensembles_before(reader, start: int) -> bool:
    """Whether the group genitive at token `start` follows, in its sentence's list, an ensemble of
    no group of ours."""
    ensembles, joined = _ensembles(), False
    for i in reader.words_back(start, REACH):
        word = reader.word(i)
        if word in JOINS:
            joined = True
            continue
        if word in ensembles and joined:
            # (back over the list's other ensembles: "senioru kori un ansambļi, kā arī bērnu …")
            before = reader.previous_word(i)
            while before is not None and (reader.word(before) in ensembles or reader.word(before) in LIST_JOINS):
                before = reader.previous_word(before)
            # (past one word of the ensemble's kind: "vīru ansambļi", "deju kolektīvu")
            if before is not None and before not in reader.in_mention:
                before = reader.previous_word(before)
            return before is None or before not in reader.in_mention
        if i in reader.in_mention:
            return False
    return False


def listed_performers(reader, found) -> None:
    """Un-accept a group's word right before its collectives' noun (past one word of their kind:
    "mazākumtautību folkloras kopu", "mazākumtautības kolektīvi") where that list names other
    performers' ensembles before it."""
    ensembles = _ensembles()
    for f in found:
        if not f.accepted:
            continue
        n = len(reader.sdoc)
        noun = reader.skip_space(f.mention.token_end)
        if noun < n and reader.word(noun) not in ensembles:
            noun = reader.skip_space(noun + 1)
        if noun < n and reader.word(noun) in ensembles and noun not in reader.in_mention \
                and other_ensembles_before(reader, f.mention.token_start):
            f.accepted = False
