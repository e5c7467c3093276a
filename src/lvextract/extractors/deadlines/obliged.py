"""A task set for the reader with an unlisted verb's infinitive after it ("Skolām līdz 1. oktobrim
uzdevums sagatavot dalībnieku sarakstu", "dalībniekiem pienākums līdz … apmeklēt …"): the
infinitive names the action, as "jā" does for the debitive (debitive.py). The first infinitive
within a few words after the task's word, on its line and before any closing punctuation, counts;
[obliged] in deadlines.toml lists the words and the endings of unseen infinitives."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import is_listed, lemma
from ...latvian.orthography import LOWER
from ..deadline_cues import pattern, vocabulary

# How far after the task's word its infinitive may stand: a date and a cue may come between
# ("uzdevums līdz 1. oktobrim sagatavot").
REACH = 60
MIN_LENGTH = 5
_WORD = re.compile(r"[^\W\d_]+")
# A sentence's or clause's end; not the dots of a date between ("līdz 2023. gada 30. jūnijam").
_STOP = re.compile(rf"[;:!?\n]|\.(?!\s*[{LOWER}\d])")


@lru_cache(maxsize=1)
def _task() -> re.Pattern:
    return pattern("obliged", "words", r"(?<!\w){}(?!\w)")


def _infinitive(word: str) -> bool:
    low = word.lower()
    # (not a verb of staying or of a project's own work: "pienākums līdz … glabāt", "īstenot")
    if len(low) < MIN_LENGTH or low != word or lemma(low, "VERB") != low or low in vocabulary()["debitive"]["durative"]:
        return False
    return (is_listed(low) and low.endswith(("t", "ties"))) or low.endswith(tuple(vocabulary()["obliged"]["unseen_endings"]))


def obliged_infinitives(text: str) -> list[tuple[str, int, int]]:
    """(infinitive, start, end) of each infinitive a task's word asks for: one scan of the task
    words, then at most REACH characters read after each."""
    found = []
    for m in _task().finditer(text):
        stop = _STOP.search(text, m.end(), m.end() + REACH)
        end = stop.start() if stop else min(len(text), m.end() + REACH)
        word = next((w for w in _WORD.finditer(text, m.end(), end) if _infinitive(w.group(0))), None)
        if word is not None:
            found.append((word.group(0), word.start(), word.end()))
    return found
