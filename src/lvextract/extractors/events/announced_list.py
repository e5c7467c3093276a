"""A dated list under an announcing line: "Svecīšu vakari šoruden notiks:" over "20. oktobrī:" /
"Lejas kapsētā – plkst. 13.00," / "Kalna kapsētā – plkst. 14.00," and "28. oktobrī plkst. 15.00 – Meža
kapsētā." Each line naming a venue is one occurrence of the announcing noun (its lemma, whatever its
number) on the day its own line gives, else the day line above it, at its own hour (RECORD.md: a
feast held at several venues is one occurrence per venue). The walk lends the lead's noun to the
first day only, or to none when the lines' days stand beside places alone.

The lead is a short line of its own, no date on it, closed by a colon, that names one event noun
(not the generic word) and a verb of taking place (events.toml [announced_list] verbs). The list
runs over the short lines right under it: a day line ("20. oktobrī:") sets the day of the lines
under it; a line with no day or hour that names no venue, ends in a colon or stands under no day
line ("Ozolu pagasta kapsētās:") is a subheading that clears it; a long line, a line of prose (a sentence stop inside it) or one naming an occurrence of its own
ends the list. At least two occurrences, else the walk's reading stands. The walk's events of the
noun's kind dated inside the list, or spanning the lead, give way to the list's, but for one the walk
read from a line's own day (it has the line's address and end hour too).
O(lines of the lists read · log n)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian import places
from ...latvian.orthography import DASH, UPPER
from ...layout import lines_from
from ...record import DateMention, DateRole, Event, Record
from ...temporal.times import clock_of
from .dating import DAY_VALUE
from .hour_abbreviation import CLOCK_WORD
from .lexicon import generic_types, literals, vocabulary
from .ranking import Nouns

# The lead and the list's lines are short; a longer line is prose.
LONGEST_LEAD = 70
LONGEST_ITEM = 90
# How many lines (blank ones apart) the list may run.
MOST_LINES = 40
FEWEST_ITEMS = 2
# The venue of an item: its first capitalised words, up to a bracket, a comma or a dash; an
# abbreviated venue noun ("Verumu k.") kept as written.
LONGEST_VENUE_WORDS = 6
_HOUR = re.compile(rf"(?:{CLOCK_WORD})[ \t]*(\d{{1,2}})(?:[.:](\d{{2}}))?(?![\d])|(?<![\d.])(\d{{1,2}})[.:](\d{{2}})(?![\d.])",
                   re.IGNORECASE)
# A sentence stop inside the line, as prose has: a word of three letters or more, its stop, a
# capitalised word ("… svecītes. Vadītāja raksta"; not a day's "20. oktobrī" nor "Sv. Jāņa").
_INNER_STOP = re.compile(rf"[^\W\d_]{{3}}[.!?][ \t]+[{UPPER}]")
_SEPARATORS = re.compile(rf"[ \t]*(?:{DASH}|,|;)[ \t]*")
_CAPITALISED = re.compile(r"[^\W\d_][^\s,;()–—]*(?:[ \t]+[^\s,;()–—]+)*")


@lru_cache(maxsize=1)
def _lead_verb() -> re.Pattern:
    data = vocabulary()["announced_list"]
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data['verbs'])})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _planned() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["announced_list"]["planned"])


def announced_lists(doc: Document, index: Nouns, record: Record, first_mention: dict[int, DateMention]) -> None:
    text = doc.text
    if ":" not in text:
        return
    days = sorted(((d.span.start, k, d) for k, d in enumerate(record.dates)
                   if d.end is None and d.relative is None and DAY_VALUE.match(d.value or "")), key=lambda x: x[:2])
    if not days:
        return
    day_starts = [start for start, _, _ in days]
    generic = generic_types()
    verb = _lead_verb()
    for lead_start, lead_end in lines_from(text, 0):
        line = text[lead_start:lead_end].rstrip()
        if not line.endswith(":") or len(line) > LONGEST_LEAD or _any_day(day_starts, lead_start, lead_end):
            continue
        nouns = index.all_in((lead_start, lead_end))
        said = verb.search(line)
        if len(nouns) != 1 or nouns[0].kind in generic or said is None:
            continue
        items, list_end = _items(doc, index, lead_end + 1, days, day_starts)
        if len(items) < FEWEST_ITEMS:
            continue
        _replace(doc, record, first_mention, nouns[0], (lead_start, list_end), items, said.group())


def _any_day(day_starts: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(day_starts, start)
    return k < len(day_starts) and day_starts[k] < end


def _items(doc: Document, index: Nouns, start: int, days, day_starts: list[int]):
    """[(mention, hour, venue, whether the day is the line's own)] of the list's lines from `start`, and where the list ends."""
    text = doc.text
    items: list[tuple[DateMention, str | None, str, bool]] = []
    day: DateMention | None = None
    end = start
    read = 0
    for line_start, line_end in lines_from(text, start):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        read += 1
        if read > MOST_LINES or len(line) > LONGEST_ITEM or _INNER_STOP.search(line.rstrip(" \t.,;")) \
                or index.all_in((line_start, line_end)):
            break
        end = line_end
        k = bisect.bisect_left(day_starts, line_start)
        own = [d for s, _, d in days[k:k + 3] if s < line_end]
        if len(own) > 1:
            break
        rest = _without(text, line_start, line_end, own[0].span if own else None)
        hour = _HOUR.search(rest)
        if hour is not None:
            rest = rest[:hour.start()] + " – " + rest[hour.end():]
        venue = _venue(rest)
        if own and venue is None and hour is None:
            day = own[0]  # "20. oktobrī:": the day of the lines under it
            continue
        if not own and hour is None and (venue is None or line.rstrip().endswith(":") or day is None):
            day = None  # "Ozolu pagasta kapsētās:": a subheading
            continue
        if venue is None:
            break
        when = own[0] if own else day
        if when is None:
            continue  # an hour and a venue under no day ("• 28. maruā plkst. 10:00 Valmierā": a misspelt month)
        items.append((when, _clock(hour), venue, bool(own)))
    return items, end


def _without(text: str, start: int, end: int, span) -> str:
    """The line with its day blanked out (offsets kept)."""
    if span is None:
        return text[start:end]
    return text[start:span.start] + " – " + text[span.end:end]


def _clock(m: re.Match | None) -> str | None:
    if m is None:
        return None
    return clock_of(m[1], m[2] or "00") if m[1] else clock_of(m[3], m[4])


def _venue(rest: str) -> str | None:
    """The first piece of the line between separators that is a capitalised place phrase, in the
    nominative when it is a locative."""
    for piece in _SEPARATORS.split(rest.split("(")[0]):
        piece = piece.strip().rstrip(":.,")
        if piece.endswith(" k"):
            piece += "."
        if not piece or not piece[0].isupper() or len(piece.split()) > LONGEST_VENUE_WORDS:
            continue
        if not _CAPITALISED.fullmatch(piece):
            continue
        words = piece.split()
        if places.is_locative(words[-1]):
            return places.nominative(piece)
        if words[-1].endswith(".") and len(words) > 1:
            return piece  # "Verumu k.": an abbreviated venue, as written
    return None


def _replace(doc: Document, record: Record, first_mention: dict[int, DateMention], noun, bounds: tuple[int, int],
             items, said_verb: str) -> None:
    lo, hi = bounds
    walk = [e for e in record.events if e.type == noun.kind and
            (lo <= first_mention[id(e)].span.start < hi if id(e) in first_mention
             else e.span is not None and lo <= e.span.start < hi)]
    status = next((e.status for e in walk if e.status), None) or ("planned" if said_verb.lower() in _planned() else None)
    # A line dated by its own day that the walk read alone ("• 28. martā plkst. 10:00–13:00 Valmierā,
    # …"): the walk's event stands, with its address and end hour; a day line's event, lent the lead's
    # noun for all the lines under it, gives way.
    own_days = [id(mention) for mention, _, _, own in items if own]
    kept = {id(first_mention[id(e)]) for e in walk
            if id(e) in first_mention and own_days.count(id(first_mention[id(e)])) == 1}
    for event in walk:
        if id(first_mention.get(id(event))) not in kept:
            record.events.remove(event)
    # A line told again on the day and hour of one the walk kept is that one (a notice repeated).
    held = {(e.start, e.start_time) for e in walk if id(first_mention.get(id(e))) in kept}
    seen = set()
    for mention, hour, venue, _ in items:
        key = (mention.value, hour, venue)
        if key in seen or id(mention) in kept or (mention.value, hour) in held:
            continue
        seen.add(key)
        event = Event(type=noun.kind, title=None, start=mention.value, end=None, start_time=hour, end_time=None,
                      place=venue, address=None, status=status, span=doc.span(mention.span.start, mention.span.end))
        record.events.append(event)
        first_mention[id(event)] = mention
        mention.role = DateRole.event.value
