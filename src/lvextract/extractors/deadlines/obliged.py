"""A task set for the reader with an unlisted verb's infinitive after it ("Skolām līdz 1. oktobrim
uzdevums sagatavot dalībnieku sarakstu", "dalībniekiem pienākums līdz … apmeklēt …"), or an
invitation ("aicina līdz 4. decembrim audzēkņus … iesaistīties akcijā"): the
infinitive names the action, as "jā" does for the debitive (debitive.py). The first infinitive
within a few words after the task's word, on its line and before any closing punctuation, counts;
[obliged] in deadlines.toml lists the words and the endings of unseen infinitives."""
from __future__ import annotations

import re

from ...latvian.lemmas import is_listed, lemma
from ...latvian.orthography import LOWER
from ...latvian.verb_forms import INFINITIVE_ENDINGS
from ..deadline_cues import attending, pattern, vocabulary

# How far after the task's word its infinitive may stand: a date and a cue may come between
# ("uzdevums līdz 1. oktobrim sagatavot").
REACH = 60
MIN_LENGTH = 5
_WORD = re.compile(r"[^\W\d_]+")
# A sentence's or clause's end; not the dots of a date between ("līdz 2023. gada 30. jūnijam").
_STOP_MARKS, _FULL_STOP = r";:!?\n", rf"\.(?!\s*[{LOWER}\d])"
_STOP = re.compile(rf"[{_STOP_MARKS}]|{_FULL_STOP}")


# An invitation asks the same of its addressees, who may be listed at length between the verb and
# the infinitive ("aicina līdz 4. decembrim audzēkņus, viņu ģimenes un darbiniekus iesaistīties
# akcijā", "ģimenes tiek aicinātas sagatavot video"): a longer reach after it.
INVITED_REACH = 160


def _task() -> re.Pattern:
    return pattern("obliged", "words", r"(?<!\w){}(?!\w)")


def _invited() -> re.Pattern:
    return pattern("obliged", "inviting", r"(?<!\w){}(?!\w)")


def _infinitive(word: str) -> bool:
    low = word.lower()
    # (not a verb of staying or of a project's own work: "pienākums līdz … glabāt", "īstenot")
    if len(low) < MIN_LENGTH or low != word or lemma(low, "VERB") != low or low in vocabulary()["debitive"]["durative"]:
        return False
    return (is_listed(low) and low.endswith(INFINITIVE_ENDINGS)) or low.endswith(tuple(vocabulary()["obliged"]["unseen_endings"]))


# A term's "līdz" and its day, before the invitation's infinitive in the same clause: "aicina līdz
# 4. decembrim … iesaistīties", "līdz 1. jūnijam ģimenes tiek aicinātas sagatavot". Without one the
# invitation's infinitive asks for no act by a day ("aicināts godināt kaimiņus, līdz 3. septembrim
# iesniedzot pieteikumu": the converb's act is the term's).
TERM_BEFORE = re.compile(r"(?<!\w)(?:līdz|ne\s+vēlāk\s+kā)\s+(?:\w+\s+){0,3}?\d", re.IGNORECASE)
# How far before the invitation's verb the term may stand.
TERM_BEFORE_REACH = 80
_CLAUSE_STOP = re.compile(rf"[{_STOP_MARKS},]|{_FULL_STOP}")  # _STOP and a comma


def _term_before(text: str, invited: int, infinitive: int) -> bool:
    """Whether a term's "līdz" and day stand in the invitation's clause before its infinitive: read
    from at most TERM_BEFORE_REACH characters before the verb, after the last clause stop there."""
    start = max(0, invited - TERM_BEFORE_REACH)
    for stop in _CLAUSE_STOP.finditer(text, start, invited):
        start = stop.end()
    return TERM_BEFORE.search(text, start, infinitive) is not None


def obliged_infinitives(text: str) -> list[tuple[str, int, int]]:
    """(infinitive, start, end) of each infinitive a task's word asks for: one scan of the task
    words, then at most REACH characters read after each."""
    found = []
    for asked, reach, invited in ((_task(), REACH, False), (_invited(), INVITED_REACH, True)):
        for m in asked.finditer(text):
            stop = _STOP.search(text, m.end(), m.end() + reach)
            end = stop.start() if stop else min(len(text), m.end() + reach)
            word = next((w for w in _WORD.finditer(text, m.end(), end) if _infinitive(w.group(0))), None)
            if word is None or (invited and not _term_before(text, m.start(), word.start())):
                continue
            if not invited or word.group(0).lower() not in attending():  # an invitation to attend by a day: the occurrence's days
                found.append((word.group(0), word.start(), word.end()))
    return found
