"""Teachers honoured together with their pupils: "apbalvoja skolēnus un viņu pedagogus", "Olimpiāžu
uzvarētāji un viņu skolotāji saņems diplomus". "Viņu" elsewhere makes teachers the pupils' escorts
(accepted.accompanies: "skolēni un viņu skolotāji devās pārgājienā"); where the sentence speaks of an
award, the teachers are among those awarded, and they count as the pupils do. The words are data
(data/target_groups.toml [context] honour_words, teacher_words)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

# "… un viņu pedagogus", "…, kā arī viņu skolotājiem" right before the teacher's word.
THEIR = re.compile(r"(?:\bun|\bkā\s+arī|,)\s+viņu\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["context"]
    return tuple(c["honour_words"]), tuple(c["teacher_words"])


def honour_teachers(reader: Reader, found: list[Found]) -> None:
    """Accept a teacher's word said as "their" teachers in a sentence about an award."""
    honour, teachers = _words()
    text = reader.doc.text
    for f in found:
        if f.accepted or f.id != "professionals" or f.modifier or reader.in_menu(f.mention.start):
            continue
        if not text[f.mention.start:f.mention.end].lower().startswith(teachers):
            continue
        if not THEIR.search(text, max(0, f.mention.start - 40), f.mention.start):
            continue
        index = reader.doc.sentence_index(f.mention.start)
        if index is None:
            continue
        # (lower-case words only: "Balvu skolēni" names a town, not an award)
        if reader.has_word_starting(index, honour, lower=False):
            f.accepted = True
