"""One occurrence in several towns of a list on overlapping days: "Izstāde būs skatāma Bauskā –
5. un 6. jūnijā, Dobelē – 6. un 7. jūnijā". Bauska's two days are one event with an end (RECORD: one
occurrence over several days); Dobele's days are another occurrence and stay one, though its first
day shares its (type, start) with the day Bauska's range absorbs. O(1) per repeated key, O(events)
at the end."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...record import DateMention, Event, Record
from .dating import as_date
from .merging import DAY_JOIN

BULLET = re.compile(r"[ \t]*[•*–—-]")


def another_item(doc: Document, first: DateMention, again: DateMention) -> bool:
    """Whether `again` tells the same day as `first` for another item of the same list (a sentence,
    or lines of one block)."""
    if again.span.start <= first.span.end:
        return False
    same_sentence = doc.sentence_index(first.span.start) == doc.sentence_index(again.span.start)
    if not same_sentence:  # then only a bulleted line of the same block: "• Dobelē – 6. jūnijā"
        line_start = layout(doc).line_of(again.span.start)[0]
        if line_start <= first.span.end or not BULLET.match(doc.text, line_start) \
                or _found(doc, BLANK_LINE_AT, first.span.end, again.span.start):
            return False
    return _found(doc, NEXT_ITEM_AT, first.span.end, again.span.start)


# What opens the next item of a list between two mentions of one day: a comma, a semicolon or a
# line break and a capitalised word (the town), maybe after a dash or a bullet; and a blank line.
# Every place either can start is found once per document, with where its shortest match ends (the
# group), so a window is a bisection away, not a rescan per repeated day (a list of thousands of
# one day would otherwise cost O(days²)). The ends grow with the starts, so the first start in a
# window has the nearest end.
NEXT_ITEM_AT = re.compile(r"[,;\n](?=[\s–—•*-]*[A-ZĀČĒĢĪĶĻŅŠŪŽ]([^\W\d_]))")
BLANK_LINE_AT = re.compile(r"\n(?=[ \t]*(\n))")


def _found(doc: Document, pattern: re.Pattern, start: int, end: int) -> bool:
    """Whether `pattern`'s match (NEXT_ITEM_AT's or BLANK_LINE_AT's) lies within [start, end):
    what pattern.search(text, start, end) on the full pattern would say."""
    starts, ends = doc.derived(f"events.towns.{pattern.pattern}", lambda d: _spots(pattern, d.text))
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and ends[k] <= end


def _spots(pattern: re.Pattern, text: str) -> tuple[list[int], list[int]]:
    """Where the pattern can start, and where its shortest match from there ends: one pass."""
    found = [(m.start(), m.end(1)) for m in pattern.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


def keep_elsewhere(doc: Document, record: Record, elsewhere: list[tuple[Event, DateMention]],
                   first_mention: dict[int, DateMention]) -> None:
    """Each other town's day whose (type, start) a range of the first town absorbed comes back, with
    the next day of its own item ("Dobelē – 6. un 7. jūnijā") as its end."""
    starts = {(e.type, e.start) for e in record.events}
    for event, mention in elsewhere:
        if (event.type, event.start) in starts:
            continue
        day = as_date(event.start)
        for k, other in enumerate(record.events):
            told = first_mention.get(id(other))
            if day and other.type == event.type and other.end is None and told is not None \
                    and as_date(other.start) and (as_date(other.start) - day).days == 1 \
                    and DAY_JOIN.fullmatch(doc.text, mention.span.end, told.span.start):
                event.end = other.start
                del record.events[k]
                break
        record.events.append(event)
        starts.add((event.type, event.start))
