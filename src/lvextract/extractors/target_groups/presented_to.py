"""Teachers who are only the audience of their pupils' presentation: "Skolēni savus darbus
prezentēja skolotājiem un vecākiem", "Skolēnu prezentācijas noklausījās skolotāji". The pupils show
what they made; the teachers watch it and are not those the event serves. A teacher's word
(target_groups.toml [context] teacher_words) after a children's or youth mention and a word of
presenting (`presenting_words`, beginnings of lower-case words) in the same sentence is dropped —
not a presentation given to teachers by someone else ("Lektors prezentēja metodi pedagogiem")."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

AUDIENCE_OF = ("children", "youth")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["context"]
    return tuple(c["teacher_words"]), tuple(c["presenting_words"])


def pupils_presented(reader: Reader, found: list[Found]) -> None:
    """Un-accept teachers named after pupils and a word of presenting in one sentence. Linear: the
    first pupil of each sentence is found once, and a sentence's words of presenting once."""
    text, (teachers, presenting) = reader.doc.text, _words()
    first_pupil: dict[int, int] = {}
    for g in found:
        if g.id in AUDIENCE_OF:
            index = reader.doc.sentence_index(g.mention.start)
            if index is not None and g.mention.start < first_pupil.get(index, len(text)):
                first_pupil[index] = g.mention.start
    presenting_at: dict[int, list[int]] = {}
    for f in found:
        if not f.accepted or f.id != "professionals" or not text[f.mention.start:f.mention.end].lower().startswith(teachers):
            continue
        index = reader.doc.sentence_index(f.mention.start)
        if index is None or first_pupil.get(index, len(text)) >= f.mention.start:
            continue
        if index not in presenting_at:
            presenting_at[index] = [t.start for t in reader.doc.sentences[index].tokens
                                    if t.text.lower().startswith(presenting)]
        starts = presenting_at[index]
        at = bisect_right(starts, first_pupil[index])
        if at < len(starts) and starts[at] < f.mention.start:
            f.accepted = False
