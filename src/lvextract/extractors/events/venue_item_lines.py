"""Lines that each open with the same kind of occurrence and name a venue of their own, under a
dated lead ("24. maijā aicina uz atvērto durvju dienām." / "Atvērto durvju diena muzejā “Ozoli”,
Talsos. …" / "Atvērto durvju diena muzejā “Bērzi”, Kuldīgā. …"): each line is one occurrence of
the lead's day at its venue, as a feast held in several villages on one day is one occurrence per
venue (other_venue.py). The walk gives the day one event of that kind; the lines part it, the
first line's venue and hours going to that event, each further line adding one. Only lines with
no date of their own (a dated line is the walk's), two or more of one kind, each with a venue no
other line has, each opening with the kind in the nominative ("Koncerta biļetes nopērkamas kasē …"
tells of tickets), none told in the past ("Koncerts … bija izpārdots" retells a former one), and no
heading between the lead and the lines ("Biedrības vēsture." opens another topic). O(lines · log n)."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...latvian import places
from ...record import DateMention, Event, Record
from .lexicon import generic_types
from .parts import build_event
from .ranking import Nouns

# What may open a line before its noun: a bullet, a dash, a number.
_LEAD = re.compile(r"[ \t]*(?:[•*\-–—]|\d{1,2}[.)])?[ \t]*")
# A line longer than this is a paragraph of prose, no item.
LONGEST_LINE = 400
# The kind's genitive framing the line's venue, which is still one of its occurrences.
_FRAME = re.compile(r"[ \t]+(?:ietvaros|laikā)(?![^\W\d_])")
# A line of no more words than this between the lead and its items is a heading of another topic.
HEADING_WORDS = 4
# A past verb in the line: "bija", "izpelnījās", "sekoja" — a former occurrence told, no item.
_PAST = re.compile(r"(?<![^\W\d_])(?:bija|bij[ui]s|[^\W\d_]{2,}(?:āja|ēja|īja|oja|uja|ājās|ējās|ījās|ojās|ujās))(?![^\W\d_])",
                   re.IGNORECASE)


def venue_item_lines(doc: Document, index: Nouns, ordered_starts: list[int], record: Record,
                     first_mention: dict[int, DateMention]) -> None:
    text = doc.text
    generic = generic_types()
    by_kind: dict[str, list[tuple[int, int, object, str]]] = {}
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip() or len(line) > LONGEST_LINE:
            continue
        k = bisect.bisect_left(ordered_starts, start)
        if k < len(ordered_starts) and ordered_starts[k] < end:
            continue  # a dated line: the walk's
        lead = _LEAD.match(text, start, end).end()
        nouns = index.all_in((lead, end))
        if not nouns or nouns[0].start != lead or nouns[0].kind in generic:
            continue
        said = text[nouns[0].start:nouns[0].end].lower().split()
        framed = _FRAME.match(text, nouns[0].end)  # "Atvērto durvju dienas ietvaros … centrs": the day's item
        if (said[-1:] != nouns[0].kind.split()[-1:] and not framed) or _PAST.search(text, nouns[0].end, end):
            continue  # the kind in another case ("Koncerta biļetes"), or a former one told
        venue = places.pick_venue(places.venue_candidates(doc, (nouns[0].end, end), []))
        if venue:
            by_kind.setdefault(nouns[0].kind, []).append((start, end, nouns[0], venue))
    for kind, lines in by_kind.items():
        if len(lines) < 2 or len({venue for *_, venue in lines}) < len(lines):
            continue
        day = _led_day(record, kind, lines[0][0], first_mention) or _generic_lead(record, lines[0][0], first_mention)
        if day is None:
            continue
        mention = first_mention[id(day)]
        if not _adjacent(doc, mention, lines):
            continue
        for i, (start, end, noun, venue) in enumerate(lines):
            event = build_event(doc, index, noun, (start, end), mention, (start, end), ordered_starts)
            event.place, event.status = venue, event.status or day.status
            event.span = doc.span(noun.start, noun.end)
            if i == 0 and day.type == kind and day.place in (None, venue):
                day.place = venue
                day.start_time, day.end_time = day.start_time or event.start_time, day.end_time or event.end_time
                continue
            first_mention[id(event)] = mention
            record.events.append(event)


def _adjacent(doc: Document, mention: DateMention, lines: list) -> bool:
    """Whether no heading stands between the lead's line and the lines or among them: prose that
    introduces them ("Pasākumu laikā … norisināsies atvērto durvju dienas") may, a short line of
    its own ("Biedrības vēsture.", "Par muzejiem.") opens another topic."""
    text = doc.text
    _, lead_end = layout(doc).line_of(mention.span.end)
    if lead_end == len(text):
        return False
    gaps = [(lead_end, lines[0][0])] + [(a[1], b[0]) for a, b in zip(lines, lines[1:])]
    return not any(_is_heading(line) for a, b in gaps for line in text[a:b].split("\n"))


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= HEADING_WORDS


def _led_day(record: Record, kind: str, first_line: int, first_mention: dict[int, DateMention]) -> Event | None:
    """The event of that kind on one day whose date stands before the lines, the nearest of them."""
    led = [e for e in record.events if e.type == kind and e.start and e.end is None and id(e) in first_mention
           and first_mention[id(e)].span.start < first_line]
    return max(led, key=lambda e: first_mention[id(e)].span.start, default=None)


def _generic_lead(record: Record, first_line: int, first_mention: dict[int, DateMention]) -> Event | None:
    """The lead's event told by the generic word only ("24. maijā aicina apmeklēt … pasākumus"), when its
    date is the last before the lines: the lines are its occurrences, the walk gave none of their kind."""
    before = [e for e in record.events if id(e) in first_mention and first_mention[id(e)].span.start < first_line]
    last = max(before, key=lambda e: first_mention[id(e)].span.start, default=None)
    if last is None or last.type not in generic_types() or not last.start or last.end is not None:
        return None
    return last
