"""Advice for a period told by an occurrence's time ("No 3. līdz 5. maijam dievkalpojumu laikā
ieteicams palikt mājās"): the occurrence only names when the advice holds, so the range dates
no occurrence, whichever noun of the sentence the walk chose (RECORD.md: a recommendation is no
event). Only a range: a single day's "koncerta laikā ieteicams izslēgt tālruņus" still tells
that the concert takes place. The occurrences' times ("X laikā") and the advice words
(events.toml [advised_during]) are found once per document; O(log n) per date."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from ...word_regex import alternation
from .lexicon import vocabulary
from .noun_mention import NounMention
from .nouns import event_nouns
from .offsets import any_between, sentence_at

# An event noun in the genitive as a time frame: "dievkalpojumu laikā".
DURING = re.compile(r"\s+laik[āu]\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _advice() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary()['advised_during']['words'])})(?!\w)", re.IGNORECASE)


def _marks(doc: Document) -> tuple[list[int], list[int]]:
    """The ends of the occurrences' times and the starts of the advice words, in order."""
    frames = sorted(n.end for n in event_nouns(doc) if DURING.match(doc.text, n.end))
    return frames, [m.start() for m in _advice().finditer(doc.text)]


def advised_during(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether a range's sentence tells, after the range, an occurrence's time followed by advice."""
    if not mention.value or mention.end is None:
        return False
    sentence = sentence_at(doc, mention.span.start)
    if sentence is None:
        return False
    frames, advice = doc.derived("events.advised_during", _marks)
    k = bisect.bisect_left(frames, mention.span.end)
    return k < len(frames) and frames[k] < sentence.end and any_between(advice, (frames[k], sentence.end))
