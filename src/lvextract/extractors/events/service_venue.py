"""A fair or a feast named only as where a service is offered for some hours ("Krāslavas gadatirgū
no plkst. 10 līdz 13 varēs vakcinēties", "Gadatirgos tiks vakcinēts ar …"): the text tells of the
service's hours there, which are opening hours (RECORD.md), not that the fair takes place.

Not a fair's genitive before its people ("pavasara tirdziņa apmeklētājiem būs iespēja aplūkot …"):
the fair's visitors on its day say the fair takes place, whatever they are offered at it."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...record import Record
from .lexicon import happens_pattern, literals, vocabulary
from .noun_mention import WORD, own_nouns
from .offsets import sentence_at


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], re.Pattern]:
    table = vocabulary()["service_venue"]
    return frozenset(table["types"]), re.compile(
        rf"(?<!\w)(?:{literals(table['cues'])})", re.IGNORECASE)


def _sentence(doc: Document, offset: int) -> tuple[int, int]:
    sentence = sentence_at(doc, offset)
    return (sentence.start, sentence.end) if sentence is not None else (offset, offset)


def _venue_noun(doc: Document, event) -> tuple[int, int] | None:
    """The event's noun where it stands in an oblique case (not its nominative type)."""
    for m in own_nouns(doc, event):
        if m.group().lower() != event.type.split()[-1]:
            return m.span()
    return None


@lru_cache(maxsize=1)
def _people_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["gathered_people"]["people"])


def _before_people(doc: Document, noun: tuple[int, int]) -> bool:
    """Whether the word right after the noun names its people ("tirdziņa apmeklētājiem")."""
    nxt = WORD.match(doc.text, noun[1] + 1) if doc.text[noun[1]:noun[1] + 1] == " " else None
    return nxt is not None and stem(nxt.group().lower()) in _people_stems()


def drop_service_venues(doc: Document, record: Record) -> None:
    types, cues = _cues()
    happens = happens_pattern()
    kept = []
    for event in record.events:
        noun = _venue_noun(doc, event) if event.type in types and event.span is not None else None
        if noun is not None and not _before_people(doc, noun):
            bounds = _sentence(doc, noun[0])
            if cues.search(doc.text, *bounds) and not happens.search(doc.text, *bounds):
                continue
        kept.append(event)
    record.events[:] = kept
