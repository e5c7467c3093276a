"""Teachers who come along with their pupils: "Koncertā piedalījās skolēni, skolotāji un vecāki" —
the pupils' event; their teachers attend it with them and are not those it serves. A teacher's word
(target_groups.toml [context] teacher_words) in the plural nominative ("-i"), joined by a comma or
"un" to an accepted children's mention in the nominative too, in a sentence of taking part in the pupils' own event (`pupils_event_words`: a concert, a
celebration; not a seminar, where both are taught), is dropped. Not the dative or accusative ("lekcija skolēniem un skolotājiem", "aicinām skolēnus un
skolotājus": both served or invited).

Also the teachers said as those of the people named before them, in the nominative: "Finālisti un
viņu skolotāji ir gaidīti muzejā" (`their_teachers`): the pupils' escorts, whoever those are ("finālisti"
too, which accepted.accompanies does not know for pupils); honoured.honour_teachers, after it, keeps
those awarded with them."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

JOIN = re.compile(r"\s*(?:,\s*(?:un\s+|kā\s+arī\s+)?|un\s+|kā\s+arī\s+)")
# ... or with people of no group of ours listed between, a word each ("skolēni, vecāki, skolotāji")
LIST_JOIN = re.compile(r"(?:\s*,\s*[^\W\d_]+(?:i|as|es)(?=\s*,)){0,2}" + JOIN.pattern)


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["context"]
    return tuple(c["teacher_words"]), tuple(c["pupils_event_words"])


def teachers_along(reader: Reader, found: list[Found]) -> None:
    """Un-accept teachers listed as subjects beside pupils who take part."""
    text, (teachers, events) = reader.doc.text, _words()
    for k, f in enumerate(found):
        written = text[f.mention.start:f.mention.end].lower()
        if not f.accepted or f.id != "professionals" or not written.startswith(teachers) or not written.endswith("i"):
            continue
        index = reader.doc.sentence_index(f.mention.start)
        if index is None or not reader.in_participation_sentence(f.mention.start) \
                or not reader.has_word_starting(index, events):
            continue
        if _listed_with_pupils(text, found, k, -1) or _listed_with_pupils(text, found, k, 1):
            f.accepted = False


LIST_STEPS = 3  # groups of the list walked over to the pupils: "skolēni, vecāki, skolotāji"


def _listed_with_pupils(text: str, found: list[Found], k: int, step: int) -> bool:
    """Whether the nominative list that holds the teachers at `found[k]` reaches accepted pupils in
    the nominative going `step` (-1 back, 1 on), over other nominative plurals of the same list
    ("pulcējās skolēni, vecāki, skolotāji": the parents between)."""
    here = found[k]
    for _ in range(LIST_STEPS):
        j = k + step
        if not 0 <= j < len(found):
            return False
        g = found[j]
        first, second = (g, here) if step < 0 else (here, g)
        if not LIST_JOIN.fullmatch(text, first.mention.end, second.mention.start):
            return False
        written = text[g.mention.start:g.mention.end].lower()
        if not written.endswith("i"):
            return False
        if g.id == "children" and g.accepted:
            return True
        here, k = g, j
    return False


# "… un viņu skolotāji": the teachers of the people named right before, by the possessive
THEIR = re.compile(r"(?:,\s*|\s+)(?:un|kā\s+arī)\s+viņu\s+$", re.IGNORECASE)


def their_teachers(reader: Reader, found: list[Found]) -> None:
    """Un-accept teachers said as "un viņu skolotāji" in the nominative after those they teach."""
    text, (teachers, _) = reader.doc.text, _words()
    for f in found:
        written = text[f.mention.start:f.mention.end].lower()
        if f.accepted and f.id == "professionals" and written.startswith(teachers) and written.endswith("i") \
                and THEIR.search(text, max(0, f.mention.start - 20), f.mention.start):
            f.accepted = False
