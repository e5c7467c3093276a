"""An occurrence called off on one day and told again by a pronoun with its new day in the next
sentence: "Koncerts 9. martā nenotiks. Tas pārcelts uz 16. martu." The first day is no event
(cancelled.drop_cancelled); the new day is the concert's."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention, Event
from .cancelled import MOVED_TO_REACH, any_cancel_cue, cancel_cues, moved_to_pattern
from .lexicon import happens_pattern
from .noun_mention import NounMention
from .ranking import Nouns, specific

# The sentence opens with a pronoun standing for the previous sentence's subject.
PRONOUN_OPENER = re.compile(r"[\s\W]*(?:tas|tā|tie|tās)\s", re.IGNORECASE)


def moved_noun(doc: Document, index: Nouns, mention: DateMention) -> tuple[NounMention, tuple[int, int]] | None:
    """The noun of the sentence before, called off there, when the date's sentence opens by a
    pronoun for it. O(the two sentences)."""
    i = doc.sentence_index(mention.span.start)
    if i is None or i == 0:
        return None
    own, before = doc.sentences[i], doc.sentences[i - 1]
    if not PRONOUN_OPENER.match(doc.text, own.start, mention.span.start):
        return None
    if cancel_cues().search(doc.text, before.start, before.end) is None:
        return None
    bounds = (before.start, before.end)
    found = index.first(bounds, lambda rank: specific(rank) and not rank[2]) or index.first(bounds, specific)
    return (found, bounds) if found is not None else None


# A list item's bullet, and a list head ending in a colon.
BULLET = re.compile(r"[ \t]*(?:[•*–-]|\d{1,2}[.)])[ \t]+")
# How many lines above an item its list's head may stand.
HEAD_LINES = 12


def drop_listed_cancelled(doc: Document, record) -> None:
    """"… tiek atcelti plānotie pasākumi:" over bullets "• Konkursa fināls … (plānots 19.martā)":
    each item of a list whose head calls them off is no event. O(events · HEAD_LINES)."""
    if not record.events:
        return
    if not any_cancel_cue(doc):
        return
    cues = cancel_cues()
    text = doc.text

    def head_of(start: int) -> tuple[int, int] | None:
        line_start = text.rfind("\n", 0, start) + 1
        if not BULLET.match(text, line_start):
            return None
        end = line_start - 1
        for _ in range(HEAD_LINES):
            if end <= 0:
                return None
            begin = text.rfind("\n", 0, end) + 1
            line = text[begin:end]
            if line.strip() and not BULLET.match(line):
                return (begin, end) if line.rstrip().endswith(":") else None
            end = begin - 1
        return None

    happens = happens_pattern()

    def told_anew(event: Event) -> bool:
        """"• Olimpiāde 15.–21. aprīlī Ozolos. Olimpiāde norisināsies tiešsaistē no 13. aprīļa …": a
        later sentence of the item that says, with no call-off word, that it takes place tells the
        form it keeps; the head calls off only the item as first told."""
        k = doc.sentence_index(event.span.start)
        first = doc.sentence_index(text.rfind("\n", 0, event.span.start) + 1)
        if k is None or first is None or k == first:
            return False
        sentence = doc.sentences[k]
        return happens.search(text, sentence.start, sentence.end) is not None \
            and cues.search(text, sentence.start, sentence.end) is None

    kept = []
    for event in record.events:
        head = head_of(event.span.start)
        if head is not None and cues.search(text, *head) and not told_anew(event):
            continue
        kept.append(event)
    record.events[:] = kept


def moved_to_status(doc: Document, record) -> None:
    """A day an occurrence is moved to ("… tiek pārcelta uz 8. novembri") is to come: planned,
    whatever past word of its first planning stands nearer ("sākotnēji bija ieplānota …")."""
    moved_to = moved_to_pattern()
    moved = {day.value for day in record.dates if day.role == "event"
             and moved_to.search(doc.text, max(0, day.span.end - MOVED_TO_REACH), day.span.end)}
    for event in record.events:
        if event.start in moved:
            event.status = "planned"

