"""A "-šanās" noun before an event noun in the locative is both a nominative and a genitive:
"konsultantu tikšanās konferencē" is a meeting at a conference, but "koris piedalījās
sadziedāšanās konkursā" is a contest of singing together. After a verb of taking part the
locative is where one took part, so the "-šanās" word only says what kind the head is. After an
agreeing definite adjective in the nominative ("Nākamā tikšanās darba grupai …", "pirmā
sadziedāšanās") it is the nominative, whatever follows ([reflexive_genitive] nominative_adjectives;
their genitive would be "nākamās", "pirmās")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation, gated_finditer
from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _verb_before() -> re.Pattern:
    starts = alternation(vocabulary()["reflexive_genitive"]["verb_starts"])
    return re.compile(rf"(?<!\w)(?:{starts})\w*\s+\S+$", re.IGNORECASE)


def genitive_after_verb(doc: Document, start: int, end: int) -> bool:
    """Whether the "-šanās" word ending at `end` follows a [reflexive_genitive] verb straight
    (only the 40 characters before it are read)."""
    return _verb_before().search(doc.text, max(0, start - 40), end) is not None


@lru_cache(maxsize=1)
def _took_part_past() -> re.Pattern:
    words = alternation(vocabulary()["took_part_past"]["words"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _call_words() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary()['took_part_past']['not_with'])})", re.IGNORECASE)


def took_part_past(doc: Document) -> list[int]:
    """Where a past verb of taking part stands: "koris 8. martā piedalījās konkursā" says that the
    contest took place that day, as "notika" would (a call is entered, "aicina piedalīties", not
    told as taken part in on a day). Not in a sentence that tells a call's own days ("piedalījās
    konkursā, kas tika izsludināts 5. martā")."""
    found, calling = [], {}
    for m in gated_finditer(_took_part_past(), doc.text):
        k = doc.sentence_index(m.start())
        if k is not None and k not in calling:  # each sentence read once, however many verbs it holds
            calling[k] = _call_words().search(doc.text, doc.sentences[k].start, doc.sentences[k].end) is not None
        if k is not None and calling[k]:
            continue
        found.append(m.start())
    return found


@lru_cache(maxsize=1)
def _nominative_adjective() -> re.Pattern:
    words = alternation(vocabulary()["reflexive_genitive"]["nominative_adjectives"])
    return re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE)


def nominative_by_adjective(doc: Document, start: int) -> bool:
    """Whether a [reflexive_genitive] nominative definite adjective stands right before the
    "-šanās" word opening at `start` (only the 30 characters before it are read)."""
    return _nominative_adjective().search(doc.text, max(0, start - 30), start) is not None
