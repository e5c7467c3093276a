"""A day the text equates with a named day ("11. novembris – Lāčplēša diena", "15. maijs – Ģimenes
diena") dates a later sentence that names the same day by its name and tells an occurrence without a
date of its own ("Lāčplēša dienas lāpu gājiens sākās pie …", "Ģimenes dienā bibliotēkā notika
koncerts"): the text has said which calendar day that name is. A name equated with two different days
dates nothing. Only the sentence's specific noun (added_events.add_event). O(dates + text): one
search of each sentence for all the names."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.orthography import DASH
from ...record import DateMention, Record
from .added_events import add_event
from .dating import days_with_sentences
from .ranking import Nouns

# The dash after the day and the day's name on the same line, up to its first stop or comma: the last
# word before "diena" is what the text calls the day by ("– Lāčplēša diena", "– Starptautiskā senioru diena").
# A named day is written with a capital ("– Lāčplēša diena", "– Starptautiskā senioru diena"); "– šī ir
# mūsu diena" names none.
_EQUATED = re.compile(rf"[^\S\n]*{DASH}[^\S\n]*(?=(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]))(?:[^\W\d_]+[^\S\n]+){{0,4}}?([^\W\d_]{{3,}})[^\S\n]+diena(?!\w)",
                      re.IGNORECASE)
# Wide enough for the dash, four words and the name.
_WINDOW = 120


def equated_days(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                 by_key: dict, record: Record) -> None:
    named: dict[str, list[tuple[DateMention, int]]] = {}
    for day, sentence in days_with_sentences(doc, candidates):
        if not day.value or len(day.value) != 10:
            continue
        m = _EQUATED.match(doc.text, day.span.end, min(len(doc.text), day.span.end + _WINDOW))
        if m:
            named.setdefault(m.group(1).lower(), []).append((day, sentence.end))
    equated = {name: days[0] for name, days in named.items() if len({d.value for d, _ in days}) == 1}
    if not equated:
        return
    # One pattern for every name: each sentence is searched once, however many days the text names.
    told = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, equated))})[^\S\n]+dien(?:as|ā)(?!\w)", re.IGNORECASE)
    for sentence in doc.sentences:
        names = {m.group(1).lower() for m in told.finditer(doc.text, sentence.start, sentence.end)}
        if not names:
            continue
        k = bisect.bisect_left(date_starts, sentence.start)
        if k < len(date_starts) and date_starts[k] < sentence.end:
            continue  # the sentence dates itself
        for name in sorted(names):
            day, after = equated[name]
            if sentence.start >= after:
                add_event(doc, index, (sentence.start, sentence.end), day, date_starts, by_key, record)
