"""A day inside an occurrence's range told in the relative clause that follows the range ("Forums
ilga no 3. līdz 5. maijam Liepājā, kur 5. maijā tika parakstīts memorands"): what happened on
that day of the occurrence, no occurrence of its own, so the range is no frame of a list either
(merging.drop_frames) and stays the one event (RECORD.md: one occurrence over several days is one
event with `end`). A day whose own noun of the same kind stands in that clause past the relative word
("Festivāls notiks no 3. līdz 5. jūlijam, kurā 4. jūlijā notiks bērnu festivāls") is a second
occurrence held inside the first: both stay, and the range, told with its own clause, frames no list
either (its ids are returned for drop_frames). Other dates in the clause do not part it from the
range ("…, kurā 4. jūlijā būs koncerts un 5. jūlijā …"): only a sentence's end or a colon does.
Data: events.toml [range_relative_day] (the relative words after the comma).
Runs before drop_frames. O(ranges × events)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from .dating import calendar_day
from ...latvian.lemmas import lemma
from ...latvian.orthography import WORD
from .lexicon import happens_alternation, literals, vocabulary
from .noun_mention import GENITIVE_MODIFIER


@lru_cache(maxsize=1)
def _relative() -> re.Pattern:
    words = vocabulary()["range_relative_day"]["words"]
    return re.compile(rf",\s*(?:{literals(words)})(?![^\W\d_])", re.IGNORECASE)


# A list's colon or a sentence's end between the range and the day: the day is told on its own (a
# full stop before a capital; an ordinal's, "4. jūlijā", is a date's).
_APART = re.compile(r"[:;!?\n]\s|\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def drop_relative_inner_days(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> set[int]:
    """Drops the days told as the range's own; returns the ids of ranges that hold a second
    occurrence of their kind in their relative clause (no frame of a list)."""
    text = doc.text
    holding: set[int] = set()
    for frame in [e for e in record.events if calendar_day(e.start) and calendar_day(e.end)]:
        here = first_mention.get(id(frame))
        if here is None or frame not in record.events:
            continue
        first, last = calendar_day(frame.start), calendar_day(frame.end)
        for e in [e for e in record.events if e is not frame and e.type == frame.type and e.end is None
                  and calendar_day(e.start) and first <= calendar_day(e.start) <= last]:
            there = first_mention.get(id(e))
            if there is None or there.span.start <= here.span.end:
                continue
            gap = text[here.span.end:there.span.start]
            relative = _relative().search(gap)
            if relative is not None and _APART.search(gap) is None and len(gap) <= 120:
                if e.span is not None and e.span.start >= here.span.end + relative.end() \
                        and _told_apart(text, frame, here, e, there):
                    holding.add(id(frame))  # its own noun in the clause: a second occurrence inside
                    continue
                # only its tense: the day's hour and venue are the memorandum's, not the forum's
                frame.status = frame.status or e.status
                record.events.remove(e)
    return holding


# How far before the range's date its own noun is looked for, and how far past the day's noun the
# clause is read for a verb of taking place.
NOUN_REACH = 120
CLAUSE_REACH = 80
_CLAUSE_END = re.compile(r"[,;:!?\n]|\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])|\.$")


def _told_apart(text: str, frame, here: DateMention, e, there: DateMention) -> bool:
    """The day's noun in the relative clause names a second occurrence: it is marked as another one
    (its own quoted name, or a word of its own between the day and the noun: "bērnu festivāls",
    "vēl viens festivāls", "arī festivāls") and a verb of taking place is said of it in the clause;
    or it is no bare repeat of the range's own noun ("Koncertu cikls …, kurā 4. jūlijā būs
    koncerts"). The bare same noun ("…, kur 5. jūlijā festivāls noslēgsies ar balli") refers back.
    O(NOUN_REACH + CLAUSE_REACH)."""
    noun = WORD.findall(e.span.text)
    if not noun:
        return True
    head = lemma(noun[-1].lower())
    before = text[max(0, here.span.start - NOUN_REACH):here.span.end]
    before = before[max((m.end() for m in _CLAUSE_END.finditer(before) if m.group(0) != ","), default=0):]
    if not any(lemma(w.lower()) == head and not GENITIVE_MODIFIER.search(w.lower()) for w in WORD.findall(before)):
        return True  # the range is told by another noun: the day's is its own occurrence
    noun_start = e.span.start + e.span.text.rfind(noun[-1])
    between = [w for w in WORD.findall(text, there.span.end, noun_start) if not _happens().fullmatch(w)]
    if not (e.title or between):
        return False
    end = _CLAUSE_END.search(text, noun_start, min(len(text), noun_start + CLAUSE_REACH))
    clause = text[here.span.end:end.start() if end is not None else min(len(text), noun_start + CLAUSE_REACH)]
    return _happens().search(clause) is not None


@lru_cache(maxsize=1)
def _happens() -> re.Pattern:
    being = literals(vocabulary()["range_relative_day"]["being"])
    return re.compile(rf"(?<!\w)(?:{happens_alternation()}|{being})(?!\w)", re.IGNORECASE)
