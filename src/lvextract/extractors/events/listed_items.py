"""An hour's line under a day heading that lists several occurrences with commas ("21:00 dalībnieku
apbalvošana, koncerts, ugunskura iedegšana"): each listed noun is an occurrence of that day and hour,
not only the first. Listed means right after the noun before it, past a comma or "un" and at most
two words of its own (a genitive: "ugunskura"); a clause between ("…, kurā uzstāsies …"), a quoted
name or a full stop ends the list. O(nouns of the line)."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention, Record
from .noun_mention import NounMention
from .parts import build_event
from .ranking import Nouns

_LISTED = re.compile(r"[ \t]*(?:,|[ \t]un(?!\w))[ \t]*(?:[^\W\d_]+[ \t]+){0,2}", re.IGNORECASE)


def add_listed(doc: Document, index: Nouns, nouns: list[NounMention], first: NounMention, block: tuple[int, int],
               mention: DateMention, date_starts: list[int], by_key: dict, record: Record, status: str | None,
               generic: frozenset[str]) -> None:
    text, end = doc.text, first.end
    for n in (n for n in nouns if n.start > first.start):
        if not _LISTED.fullmatch(text, end, n.start):
            break
        end = n.end
        if n.kind in generic or (n.kind, mention.value) in by_key:
            continue
        event = build_event(doc, index, n, block, mention, block, date_starts)
        event.status = event.status or status
        by_key[(event.type, event.start)] = event
        record.events.append(event)
