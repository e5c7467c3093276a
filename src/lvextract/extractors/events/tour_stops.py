"""A tour's calendar under the range it runs over: "No 5. līdz 8. jūlijam notiks turnejas posms,
sniedzot četrus koncertus:" over day lines "5. jūlijs, piektdiena plkst. 19.00 Ozolu baznīca", or
over day headings with their hour lines ("6. jūlijs, sestdiena" / "• 18.00 Liepu muiža"). The range's
own sentence names its kind in the plural, so each hour a day of the range gives, with the venue
after it, is one occurrence of that kind (RECORD.md: occurrences on separate days of one series are
one event each); the range stays the tour's own event. The day lines name no occurrence of their
own, which is why the walk (and the posters, whose days the range covers) made nothing of them.
O(ranges · (log nouns + days in reach)), each day reading its own region once."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian import places
from ...latvian.orthography import UPPER
from ...layout import layout
from ...record import DateMention, DateRole, Event, Record
from ...temporal.times import clock_of
from .dating import DAY_VALUE, as_date
from .hour_abbreviation import CLOCK_WORD
from .lexicon import generic_types
from .nouns import event_nouns, noun_starts
from .offsets import any_between, opens_line, sentence_at
from ...temporal.unknown_year import year_unknown

# How far after the range's sentence its calendar may run.
REACH = 2500
# A venue is a few words; a longer rest of the line is prose about the stop, no venue.
LONGEST_VENUE_WORDS = 8
# Plural endings of a kind's noun: a masculine "-s" noun ("koncerti", "koncertus", "koncertiem"),
# a feminine one in the dative ("izrādēm"), or in "-es"/"-as" after a count ("četras izrādes").
_MASCULINE_PLURAL = ("i", "us", "iem")
_FEMININE_PLURAL = ("ēm", "ām")
_COUNTED = re.compile(r"(?:\d+|\w+(?:i|as|es))[ \t]+(?:\w+[ \t]+)?$")
# What may stand between a line's start (or the day's date) and the stop's hour: bullets, a
# weekday ("ceturtdiena"), commas and the clock's word.
# (Possessive runs: a line padded with blanks must not backtrack through them.)
_BEFORE_HOUR = re.compile(rf"[ \t•*·▪–-]*+(?:,?[ \t]*+[^\W\d_]*dien[a-zāēīū]*,?)?[ \t]*+(?:{CLOCK_WORD})?[ \t]*+$",
                          re.IGNORECASE)
# An hour after a closed sentence inside a day's notes ("… romāna. plkst. 22.00 Kempings …").
_AFTER_SENTENCE = re.compile(rf"[.!?][ \t]+(?:{CLOCK_WORD})[ \t]*\d{{1,2}}(?:[.:]\d{{2}})?$", re.IGNORECASE)
_VENUE_START = re.compile(rf"[ \t,–-]*([{UPPER}\"„“«][^\n]*)")
# How far before a stop's hour the closed sentence it opens after may end.
_AFTER_SENTENCE_REACH = 40

_QUOTE = re.compile(r"[\"„“«]")
COLON_AT_LINE_END = re.compile(r":[ \t]*(?=\n)")


def _plural(surface: str, kind: str, before: str) -> bool:
    """Whether the noun's surface form is its kind's plural."""
    if " " in kind:
        return False
    if kind.endswith("s"):
        stem = kind[:-1]
        return any(surface == stem + ending for ending in _MASCULINE_PLURAL)
    if kind.endswith(("e", "a")):
        stem = kind[:-1]
        return any(surface == stem + ending for ending in _FEMININE_PLURAL) \
            or surface in (stem + "es", stem + "as") and _COUNTED.search(before) is not None
    return False


def _names_plural(doc: Document, event: Event, bounds: tuple[int, int]) -> bool:
    text, starts = doc.text, noun_starts(doc)
    for noun in event_nouns(doc)[bisect.bisect_left(starts, bounds[0]):bisect.bisect_left(starts, bounds[1])]:
        if noun.kind == event.type \
                and _plural(text[noun.start:noun.end].lower(), noun.kind, text[max(0, noun.start - 30):noun.start]):
            return True
    return False


def _venue(phrase: str) -> str | None:
    """The stop's venue: the rest of its line up to a comma or a bracket, in the nominative."""
    m = _VENUE_START.match(phrase)
    if m is None:
        return None
    venue = re.split(r"[,(;]| – | - ", m.group(1), maxsplit=1)[0].strip().rstrip(".")
    if not venue or len(venue.split()) > LONGEST_VENUE_WORDS:
        return None
    quote = _QUOTE.search(venue)
    head, name = (venue[:quote.start()].rstrip(), venue[quote.start():]) if quote and quote.start() > 0 else (venue, "")
    if head.split() and places.is_locative(head.split()[-1]):
        head = places.nominative(head)
    return f"{head} {name}".strip()


def _in_range(value: str, event: Event) -> bool:
    """Whether the day falls in the range; a day of unknown year takes the range's start year or,
    past New Year ("28.12.–03.01."), its end year."""
    first, last = as_date(event.start), as_date(event.end)
    if first is None or last is None:
        return False
    years = (event.start[:4], event.end[:4]) if year_unknown(value) else (value[:4],)
    return any((day := as_date(year + value[4:])) is not None and first <= day <= last for year in years)


# A stop's hour: "plkst. 21.00", "18.00", "plkst. 18" (not a day "26.08." nor a decimal "1.500").
_HOUR = re.compile(rf"(?:(?:{CLOCK_WORD})[ \t]*)?(?<![\d.])(\d{{1,2}})(?:[.:](\d{{2}}))(?![\d]|\.\d)"
                   rf"|(?:{CLOCK_WORD})[ \t]*(\d{{1,2}})(?![\d.:])", re.IGNORECASE)


def _stops(doc: Document, mention: DateMention, region_end: int, nouns_at: list[int]) -> list[tuple[str, str]]:
    """(hour, venue) of each stop the day gives: its own line's hour, the hour lines under it, an
    hour opening a sentence of its notes. O(the day's region)."""
    text = doc.text
    found = []
    hours = list(_HOUR.finditer(text, mention.span.end, region_end))
    for i, m in enumerate(hours):
        # Every hour-shaped number is kept in `hours` (it ends the venue before it), but only a
        # time of day is a stop's.
        hour = clock_of(m[1], m[2]) if m[1] else clock_of(m[3], "00")
        if hour is None:
            continue
        line_start, line_end = layout(doc).line_of(m.start())
        lead_from = mention.span.end if line_start <= mention.span.start < line_end else line_start
        if not (_BEFORE_HOUR.fullmatch(text, lead_from, m.start())
                or _AFTER_SENTENCE.search(text, max(line_start, m.start() - _AFTER_SENTENCE_REACH), m.end())):
            continue
        rest_end = hours[i + 1].start() if i + 1 < len(hours) and hours[i + 1].start() < line_end else line_end
        if any_between(nouns_at, (m.end(), rest_end)):
            continue  # "Plkst. 17.00 Ekumēniskais dievkalpojums …": the line names its own occurrence
        venue = _venue(text[m.end():rest_end])
        if venue is not None:
            found.append((hour, venue))
    return found


def add_tour_stops(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    # Not the generic word: "Svētku pasākumi 11.–12. novembrī" is a programme of many kinds.
    generic = generic_types()
    ranges = [e for e in record.events if e.end is not None and id(e) in first_mention and e.type not in generic
              and DAY_VALUE.match(e.start or "") and DAY_VALUE.match(e.end or "")]
    if not ranges:
        return
    text = doc.text
    line_days: list | None = None  # the days that open their lines, found at the first plural lead
    seen = {(e.type, e.start, e.start_time) for e in record.events}
    starts = noun_starts(doc)
    for event in ranges:
        told = first_mention[id(event)]
        sentence = sentence_at(doc, told.span.start)
        if sentence is None:
            continue
        # A lead closed by a colon at its line's end ("… sniedzot 4 koncertus:") ends there: the
        # sentence splitter may run it on into the calendar's first lines.
        colon = COLON_AT_LINE_END.search(text, told.span.end, sentence.end)
        lead = (sentence.start, colon.end() if colon else sentence.end)
        if not _names_plural(doc, event, lead):
            continue
        if line_days is None:
            line_days = [(d.span.start, k, d) for k, d in enumerate(record.dates)
                         if d.end is None and d.relative is None and DAY_VALUE.match(d.value or "")
                         and opens_line(text, layout(doc).line_of(d.span.start)[0], d.span.start)]
            line_days.sort(key=lambda day: day[:2])
        reach = min(len(text), lead[1] + REACH)
        for n in range(bisect.bisect_left(line_days, (lead[1], -1)), len(line_days)):
            start, _, mention = line_days[n]
            if start > reach:
                break
            if not _in_range(mention.value, event):
                continue
            region_end = min(line_days[n + 1][0], reach) if n + 1 < len(line_days) else reach
            for hour, venue in _stops(doc, mention, region_end, starts):
                key = (event.type, mention.value, hour)
                if mention.value == event.start and hour == event.start_time:
                    # The walk ran the lead on into its first day line: that hour and venue are the stop's.
                    event.start_time = event.end_time = event.place = None
                elif key in seen:
                    continue
                seen.add(key)
                record.events.append(Event(
                    type=event.type, title=None, start=mention.value, end=None, start_time=hour, end_time=None,
                    place=venue, address=None, status=event.status, span=doc.span(mention.span.start, mention.span.end)))
                mention.role = DateRole.event.value
