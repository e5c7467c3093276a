"""An exhibition told by its viewing in a month or two ("Martā un aprīlī bibliotēkā skatāma
izstāde", "Augustā muzejā aplūkojama fotoizstāde “…”"): one exhibition over those months, its
start the first month, its end the last (RECORD.md: a month alone is a date of month grain). The
walk over the dates reads only days; an exhibition runs for weeks, so its months date it. Only when
the sentence tells no day of its own and names the exhibition after a viewing word (events.toml's
[shown_until]). O(month dates · log)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.orthography import DASH
from ...record import DateRole, Record
from .offsets import any_between, sentence_at
from .parts import build_event
from .ranking import Nouns
from .viewed_from import add_if_new, showing

MONTH_VALUE = re.compile(r"^(\d{4}|XXXX)-\d{2}$")
# A month word in the locative: when it is on view ("martā", "aprīlī").
_LOCATIVE = re.compile(r"(?:ā|ī)$")
# Two months joined into one stretch: "martā un aprīlī", "martā–aprīlī".
_JOINED = re.compile(rf"\s*(?:un|{DASH})\s*")
# The longest sentence read: a long one listing many months is a calendar, read once elsewhere.
_LONGEST_SENTENCE = 400


def viewed_months(doc: Document, index: Nouns, date_starts: list[int], by_key: dict, record: Record) -> None:
    viewing, kinds = showing()
    text = doc.text
    months = sorted((d for d in record.dates if d.end is None and MONTH_VALUE.match(d.value or "")
                     and d.role not in (DateRole.deadline.value, DateRole.document.value)),
                    key=lambda d: d.span.start)
    days = sorted(d.span.start for d in record.dates if d.value and len(d.value) == 10)
    joined_to: set[int] = set()
    for k, month in enumerate(months):
        if id(month) in joined_to or not _LOCATIVE.search(month.span.text.lower()):
            continue
        sentence = sentence_at(doc, month.span.start)
        if sentence is None or sentence.end - sentence.start > _LONGEST_SENTENCE \
                or any_between(days, (sentence.start, sentence.end)):
            continue
        last = month
        if k + 1 < len(months) and _JOINED.fullmatch(text, month.span.end, months[k + 1].span.start):
            last = months[k + 1]
            joined_to.add(id(last))
        verb = viewing.search(text, last.span.end, sentence.end)
        if verb is None:
            continue
        shown = [n for n in index.all_in((last.span.end, sentence.end)) if n.kind.endswith(kinds)]
        if not shown:
            continue
        event = build_event(doc, index, shown[0], (sentence.start, sentence.end), month,
                            (sentence.start, sentence.end), date_starts)
        event.end = last.value if last is not month and last.value > month.value else None
        add_if_new(event, month, by_key, record)
