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
        beside = [g for g in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None) if g is not None]
        for g in beside:
            first, second = (g, f) if g.mention.start < f.mention.start else (f, g)
            pupils = text[g.mention.start:g.mention.end].lower()
            if g.id == "children" and g.accepted and pupils.endswith("i") \
                    and JOIN.fullmatch(text, first.mention.end, second.mention.start):
                f.accepted = False
                break


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
