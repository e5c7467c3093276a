"""Occurrences called off ("Saulgriežu pasākums 22. jūnijā nenotiks", "… Diemžēl, tas vairs
nenotika"): dropped after the walk, unless words right before the day move it there ("pārcelts uz
12. aprīli"). The cues, openers, contrasts and moved_to words are events.toml's [cancelled]; read
by moves.py and instead.py too."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import Event, Record
from ...word_regex import gated_finditer
from .lexicon import cue_alternation, literals, vocabulary
from .nouns import event_nouns
from .offsets import any_between


@lru_cache(maxsize=1)
def _cancel_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """[cancelled]: the cues, the next sentence's openers, and the contrasts that part a sentence
    ("koncerts nenotiks, bet 12. maijā notiks izstāde"; not "ne tikai koncerts, bet arī …")."""
    data = vocabulary()["cancelled"]
    cues = re.compile(cue_alternation(data["cues"]), re.IGNORECASE)
    openers = re.compile(rf"[\s\W]*(?:{cue_alternation(data['next_openers'])})", re.IGNORECASE)
    words = literals(data["contrasts"])
    contrast = re.compile(rf"[,;]?\s+(?:{words})(?!\s+arī\b)\s+|;\s+", re.IGNORECASE)
    return cues, openers, contrast


# How far before the end of an event's span (its date) the words that move it there may stand.
MOVED_TO_REACH = 80


def cancel_cues() -> re.Pattern:
    """[cancelled] cues: "nenotiks", "atcelts" …."""
    return _cancel_patterns()[0]


def any_cancel_cue(doc: Document) -> bool:
    """Whether the text holds a [cancelled] cue anywhere: one search per document, which
    drop_cancelled and moves.drop_listed_cancelled both ask."""
    # (the search, tried at every position of a text that mostly holds no cue, skipped on a text
    # without any of the literals a cue needs)
    return doc.derived("events.any_cancel_cue",
                       lambda d: next(gated_finditer(cancel_cues(), d.text), None) is not None)


def drop_cancelled(doc: Document, record: Record) -> None:
    """An occurrence called off ("Saulgriežu pasākums 22. jūnijā Skrīveros nenotiks", "… ar koncertu.
    Diemžēl, tas vairs nenotika"): no event ([cancelled] cues in the part of its sentence that holds
    its span, or in the next sentence that opens by a pronoun for it or names its kind right before
    the cue; a plan told in the past perfect, "bija plānots festivāls", with a cue anywhere in its
    sentence or the one before or after). O(events · sentence)."""
    if not record.events:
        return
    if not any_cancel_cue(doc):
        return
    cues, openers, contrast = _cancel_patterns()

    moved_to = moved_to_pattern()
    plan_past = _plan_past()
    cued: dict[int, bool] = {}  # a sentence's index → whether a cue stands in it, read once per sentence

    def cue_in(k: int) -> bool:
        if k not in cued:
            cued[k] = cues.search(doc.text, doc.sentences[k].start, doc.sentences[k].end) is not None
        return cued[k]

    def called_off(event: Event) -> bool:
        if moved_to.search(doc.text, max(0, event.span.end - MOVED_TO_REACH), event.span.end):
            return False  # "Koncerts 5. aprīlī nenotiks, tas pārcelts uz 12. aprīli": the new day stands
        i = doc.sentence_index(event.span.start)
        j = doc.sentence_index(max(event.span.start, event.span.end - 1))
        if i is None or j is None:
            return False
        start, end = doc.sentences[i].start, doc.sentences[j].end
        cuts = list(contrast.finditer(doc.text, start, end))
        lo = max([m.end() for m in cuts if m.end() <= event.span.start], default=start)
        hi = min([m.start() for m in cuts if m.start() >= event.span.end], default=end)
        if cues.search(doc.text, lo, hi):
            return True
        if plan_past.search(doc.text, start, end) and any(
                cue_in(k) for k in range(i - 1, j + 2) if 0 <= k < len(doc.sentences)):
            return True  # "bija plānots festivāls", the call-off in its sentence, the one before or after
        if j + 1 < len(doc.sentences) and hi == end:
            following = doc.sentences[j + 1]
            cue = cues.search(doc.text, following.start, following.end)
            if cue is None:
                return False
            return bool(openers.match(doc.text, following.start, following.end)) \
                or named_again(event, following, cue.start())
        return False

    nouns = event_nouns(doc)
    noun_starts = [n.start for n in nouns]
    day_starts = sorted(d.span.start for d in record.dates)

    def named_again(event: Event, sentence, cue_at: int) -> bool:
        """"… tam būtu jānotiek 24. aprīlī. Taču …, tāpēc koncerts tiek atcelts.": the next sentence
        calls off an occurrence of the event's kind, its noun right before the call-off word, and
        dates nothing of its own (else it calls off that day's). O(log n)."""
        if any_between(day_starts, (sentence.start, sentence.end)):
            return False
        k = bisect.bisect_left(noun_starts, max(sentence.start, cue_at - CALLED_OFF_SUBJECT_REACH))
        while k < len(nouns) and nouns[k].start < cue_at:
            if nouns[k].kind == event.type:
                return True
            k += 1
        return False

    record.events[:] = [e for e in record.events if not called_off(e)]


# How far before the call-off word of the next sentence the occurrence's noun may stand
# ("koncerts tiek atcelts", "sacensības diemžēl ir atceltas").
CALLED_OFF_SUBJECT_REACH = 30


@lru_cache(maxsize=1)
def _plan_past() -> re.Pattern:
    """[cancelled] plan_past: a plan told in the past perfect, "bija plānots"."""
    return re.compile(vocabulary()["cancelled"]["plan_past"], re.IGNORECASE)


@lru_cache(maxsize=1)
def moved_to_pattern() -> re.Pattern:
    """[cancelled] moved_to: "pārcelts uz …", the words that give an occurrence its new day."""
    return re.compile(vocabulary()["cancelled"]["moved_to"], re.IGNORECASE)
