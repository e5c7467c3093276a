"""A noun deep in a chain of genitives that ends in the people of another occurrence ("svinīgs pasākums
… svētku uzrunas konkursa dalībniekiem", "olimpiāžu komandu laureātiem"): the noun only says whose
people they are, so it frames them like "konkursa dalībnieki" does, and names no occurrence."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import stem
from ...record import Record
from .lexicon import stems
from .nouns import event_nouns

# Genitive endings of the words between (singular -a/-as/-es/-us, plural -u/-šanās).
_LINK = re.compile(r"\s+([a-zāčēģīķļņšūž]+(?:šanās|as|es|us|a|u))(?!\w)")
_GENITIVE_END = re.compile(r"(?:as|es|us|a|u)$")
_HEAD = re.compile(r"\s+(\w+)")


def chained_frame(doc: Document, noun, people: frozenset[str] | None = None) -> bool:
    """Whether one to three genitives after the noun (itself not in its nominative) lead to a
    person word of [genitive_chain] (or of `people`, stems)."""
    people = stems("genitive_chain", "people") if people is None else people
    surface = doc.text[noun.start:noun.end].lower()
    # Only a genitive itself: "seminārā novada skolu dalībnieki" are the seminar's own people.
    if surface == noun.kind or not _GENITIVE_END.search(surface):
        return False
    at = noun.end
    for _ in range(3):
        link = _LINK.match(doc.text, at)
        if link is None:
            return False
        at = link.end()
        head = _HEAD.match(doc.text, at)
        if head is not None and stem(head.group(1)) in people:
            return True
    return False



_GAP = re.compile(r"[ \t]+")


def drop_chained_days(doc: Document, record: Record) -> None:
    """A day in the genitive right before such a noun ("par godu 18. novembra svētku uzrunas konkursa
    dalībniekiem") tells what the people's contest was about, not an occurrence of that day."""
    chained = {n.start for n in event_nouns(doc) if chained_frame(doc, n)}
    if not chained:
        return
    days = []
    for mention in record.dates:
        gap = _GAP.match(doc.text, mention.span.end)
        if gap is not None and gap.end() in chained:
            days.append(mention)
    record.events[:] = [e for e in record.events if e.span is None or not any(
        m.value == e.start and e.span.start <= m.span.start < e.span.end for m in days)]
