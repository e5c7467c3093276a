"""Works said to be on view from a day, with the exhibition named only in a later sentence that
closes it ("No 3. marta bibliotēkā skatāmi skolēnu darbi. … Izstāde būs skatāma līdz 30. aprīlim."):
one exhibition from the first day to the last (RECORD.md: one occurrence over several days). The
opening day's sentence names no occurrence of its own; the closing sentence names the exhibition
before its viewing word and "līdz". The viewing words and kinds are events.toml's [shown_until].
O(dates · log dates)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, DateRole, Event, Record
from .dating import DAY_VALUE, days_with_sentences
from .lexicon import literals, vocabulary
from .offsets import sentence_at
from .parts import build_event
from .ranking import Nouns

# "No 3. marta", "sākot ar 3. martu": the day opens the showing.
_OPENS = re.compile(r"(?<![^\W\d_])(?:no|sākot\s+ar)\s+$", re.IGNORECASE)
# Viewing words that say a place is open or may be visited, not that works are on view.
_NOT_SHOWING = ("atvērt", "apmeklēt")
# The longest opening sentence read (works on view, a place, a day).
_LONGEST_SENTENCE = 400
# How far past the opening day's sentence the closing sentence may begin.
_CLOSING_REACH = 400


@lru_cache(maxsize=1)
def showing() -> tuple[re.Pattern, tuple[str, ...]]:
    """The words that say works are on view ([shown_until] verbs less a place open or a visit asked
    for: "bibliotēka būs atvērta no 3. marta"), and the exhibitions' kinds."""
    words = vocabulary()["shown_until"]
    shown = literals([w for w in words["verbs"] if not w.startswith(_NOT_SHOWING)])
    return re.compile(rf"(?<![^\W\d_])(?:{shown})(?![^\W\d_])", re.IGNORECASE), tuple(words["kinds"])


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, tuple[str, ...]]:
    verbs = literals(vocabulary()["shown_until"]["verbs"])
    until = re.compile(rf"(?<![^\W\d_])(?:{verbs})\s+(?:[^\W\d_]+\s+){{0,3}}līdz\s+(?:pat\s+)?$", re.IGNORECASE)
    viewed, kinds = showing()
    return viewed, until, kinds


def viewed_from(doc: Document, index: Nouns, date_starts: list[int],
                by_key: dict, record: Record) -> None:
    viewed, until, kinds = _words()
    text = doc.text
    days = sorted((d for d in record.dates if d.end is None and DAY_VALUE.match(d.value or "")),
                  key=lambda d: d.span.start)
    starts = [d.span.start for d in days]
    dated = {e.start for e in record.events}
    # Not only the walk's candidates: a genitive day after "no" dates nothing by its case alone
    # (month_case), unless its own sentence names a long occurrence, which this one does not.
    for day, sentence in days_with_sentences(doc, record.dates):
        if day.role in (DateRole.deadline.value, DateRole.document.value, DateRole.period.value) or day.value in dated or not DAY_VALUE.match(day.value or "") \
                or not _OPENS.search(text, max(0, day.span.start - 12), day.span.start):
            continue
        # The opening day's sentence, bounded: a long one with many days is no such sentence.
        if sentence.end - sentence.start > _LONGEST_SENTENCE or not viewed.search(text, day.span.end, sentence.end) \
                or index.all_in((sentence.start, sentence.end)):
            continue
        for k in range(bisect.bisect_left(starts, sentence.end), bisect.bisect_left(starts, sentence.end + _CLOSING_REACH)):
            last = days[k]
            verb = until.search(text, max(sentence.end, last.span.start - 60), last.span.start)
            closing = sentence_at(doc, last.span.start)
            if verb is None or closing is None or not closes(day.value, last.value):
                continue
            shown = [n for n in index.all_in((closing.start, verb.start())) if n.kind.endswith(kinds)
                     and not _ANOTHER.search(text, closing.start, n.start)]
            if not shown:
                continue
            event = build_event(doc, index, shown[0], (closing.start, closing.end), day,
                                (sentence.start, sentence.end), date_starts)
            event.end = last.value
            add_if_new(event, day, by_key, record)
            break


UNKNOWN_YEAR = "XXXX"
# The most months an exhibition closed over the new year runs, when the text gives neither year.
_LONGEST_OVER_NEW_YEAR = 6
# The closing sentence names another exhibition than the one opened ("Iepriekšējā izstāde bija
# apskatāma līdz 10. maijam"): the previous or the last one, not the new one.
_ANOTHER = re.compile(r"(?<![^\W\d_])(?:iepriekš|pagājuš)\w*\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def _months_apart(start: str, end: str) -> int:
    """Calendar months from `start` on to `end` taken in the following year ("11-09" → "02-25": 3)."""
    return int(end[5:7]) + 12 - int(start[5:7])


def closes(start: str, end: str) -> bool:
    """Whether the day `end` can close an exhibition opened on the day `start`: later in the same
    year, or over the new year before the opening's date comes round again ("No 9. novembra …
    līdz 25. februārim"; 2022-11-09 … 2023-02-25), or after an opening day whose year the text
    leaves unknown ("XXXX-11-09" … "2023-02-25"). O(1)."""
    start_year, end_year = start[:4], end[:4]
    if start_year == UNKNOWN_YEAR and end_year != UNKNOWN_YEAR:
        return True
    if start_year == end_year:
        # Both years unknown: a closing day before the opening day's month and day is over the new
        # year only within a season ("No 9. novembra … līdz 25. februārim"); "No 20. maija … līdz
        # 10. maijam" would be a year's showing less ten days, so that day closes another showing.
        return start < end or (start_year == UNKNOWN_YEAR and _months_apart(start, end) <= _LONGEST_OVER_NEW_YEAR)
    if UNKNOWN_YEAR in (start_year, end_year):
        return False
    return int(end_year) == int(start_year) + 1 and end[5:] < start[5:]


def add_if_new(event: Event, date: DateMention, by_key: dict, record: Record) -> None:
    """Add `event` unless one of its kind and day is already added; the date that made it is then
    an event's date (viewed_from, viewed_months, moved_month)."""
    if (event.type, event.start) not in by_key:
        by_key[(event.type, event.start)] = event
        record.events.append(event)
        date.role = DateRole.event.value
