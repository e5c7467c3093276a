"""A day cited with the sitting that adopted what the text rests on ("Saskaņā ar 29.11.2023
Ministru kabineta sēdē apstiprināto plānu 5. decembrī notika …"): the decision's day, told after a
citing phrase, no occurrence of the text (RECORD.md: not the day a decision was taken). A sitting the
text announces ("5. decembrī notiks domes sēde") has no citing phrase and no adopting participle
after it, and stays an event. The citing phrases are temporal.toml's act_citation_cues (shared with
temporal/act_dates.py); the sittings and the adopting participles are events.toml's [decision]
sittings and [legal_act] participles. O(1) per date: bounded matches on both sides."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...record import DateMention
from ...temporal import vocabulary as temporal_vocabulary
from ...word_regex import may_match
from .lexicon import stems, vocabulary

# How many words (the body: "Ministru kabineta", "Ozolu novada domes") may stand between the date
# and the sitting.
_LONGEST_BODY = 5
_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    cues = "|".join(temporal_vocabulary.temporal()["act_citation_cues"])
    reach = int(temporal_vocabulary.temporal()["act_cue_reach"])
    return re.compile(rf"(?<![^\W\d_])(?:{cues})(?![^\W\d_])[^.!?\n]{{0,{reach}}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _participles() -> tuple[str, ...]:
    return tuple(vocabulary()["legal_act"]["participles"])


def cited_sitting(doc: Document, mention: DateMention) -> bool:
    """Whether the date is a cited sitting's, whose adopted act the sentence rests on."""
    lo = max(0, mention.span.start - 120)
    # The cue alternation is tried at each of the 120 positions: only where one of its words is there.
    if not may_match(_cue(), doc.text, lo, mention.span.start) or _cue().search(doc.text, lo, mention.span.start) is None:
        return False
    pos = mention.span.end
    sittings = stems("decision", "cited_sittings")
    for _ in range(_LONGEST_BODY + 1):
        m = _WORD.match(doc.text, pos, min(len(doc.text), pos + 60))
        if m is None:
            return False
        pos = m.end()
        if stem(m.group(1).lower()) in sittings:
            adopted = _WORD.match(doc.text, pos, min(len(doc.text), pos + 60))
            return adopted is not None and adopted.group(1).lower().startswith(_participles())
    return False
