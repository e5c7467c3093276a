"""A calendar run into one sentence, each item opening with its day ("17. maijā Kalnos notika
“Spēlmaņu svētki”, 25. maijā Ābelēs notiks takas atklāšana, 27. maijā parkā “Ģimeņu festivāls”"):
each day's occurrence, venue and hour are its own item's, not the nearest noun of the sentence,
which is often the item before ("svētki, 25. maijā"). The item runs from its day to the comma
before the next day."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..deadline_cues import WEEKDAY_STEM
from ...document import Document
from ...record import DateMention
from ...latvian.orthography import DASH
from .dash_after_day import dash_item_bounds
from .ranking import Nouns

# At least this many days open items for the sentence to be such a calendar: two are as often a
# range or a contrast ("… 5. maijā, bet 6. maijā …"); two parted by a semicolon (ROW_SEPARATOR) are
# a schedule's rows run into one line ("5. jūnijā – koncerts; 9. jūnijā – izrāde").
FEWEST_ITEMS = 3
FEWEST_ROWS = 2
# What stands between a row's day and the noun opening the row: a dash or a colon.
ROW_NOUN_LEAD = re.compile(rf"\s*(?:(?:{DASH}|:)\s*)?")
# The day's weekday written before it, as a schedule's rows lead ("…; Sestdien, 6. jūnijā – …").
WEEKDAY = rf"(?:{WEEKDAY_STEM}[āa]?,?\s+)?"
# What may stand between an item's comma and its day: "…, no 3. līdz 5. maijam …", "…; un 9. jūnijā".
ITEM_OPENING = re.compile(rf"[,;]\s*(?:(?:un|bet|savukārt)\s+)?{WEEKDAY}(?:no\s+)?$", re.IGNORECASE)
# The first item's day opens the sentence, a line, or follows a colon.
FIRST_OPENING = re.compile(rf"(?:^|[:\n])[\s•*–-]*{WEEKDAY}(?:no\s+)?$", re.IGNORECASE)
# A semicolon before a row's day, maybe past its weekday.
ROW_SEPARATOR = re.compile(rf";\s*{WEEKDAY}$", re.IGNORECASE)
# How far back from a day its item's comma is looked for (past a weekday: "; Ceturtdien, ").
OPENING_REACH = 16
# A colon right before a day that follows other days of the sentence: those days head the list.
HEADING_COLON = re.compile(r":[\s•*–-]*$")
# At most this many days may head such a list.
HEADING_DAYS = 12


def day_item(doc: Document, index: Nouns, bounds: tuple[int, int], mention: DateMention,
             dates: list[int], ends: dict[int, int]) -> tuple[int, int]:
    """The mention's own item when its sentence is such a calendar and the item names an
    occurrence, else `bounds` (the walk's other ways then look for it). The sentence's items are
    found once per sentence (_calendar), so each mention costs O(log dates)."""
    text = doc.text
    own = dash_item_bounds(doc, index, bounds, mention)  # "…, 5. augustā – Hanzas tirgus"
    if own is not None:
        return own
    calendar = _calendar(doc, bounds, dates, ends)
    if mention.span.start not in calendar.starts:
        return bounds
    if calendar.openers is None:
        return _noun_first_item(index, bounds, mention, calendar, ends)
    openers = calendar.openers
    k = bisect.bisect_right(openers, mention.span.start) - 1
    if k < 0:
        return bounds
    end = bounds[1]
    if k + 1 < len(openers):
        cut = re.search(r"[,;][^,;]*$", text[openers[k]:openers[k + 1]])
        end = openers[k] + cut.start() if cut else openers[k + 1]
    return _narrower(index, bounds, (openers[k], end), mention,
                     lambda noun: _opens_other_row(text, openers, ends, noun.start, k))


def in_other_item(doc: Document, clause: tuple[int, int], mention: DateMention, noun_start: int,
                  dates: list[int], ends: dict[int, int]) -> bool:
    """Whether, in a calendar sentence, the noun at `noun_start` stands in another day's item than the
    mention's ("5. jūnijā – kinoseanss; 9. jūnijā – koncerts": the concert is the 9th's, and the 5th,
    whose item names nothing listed, takes no noun of the clause). O(log dates) past the sentence's
    one reading."""
    calendar = _calendar(doc, clause, dates, ends)
    openers = calendar.openers
    if not openers or mention.span.start not in calendar.starts or noun_start < openers[0]:
        return False
    return _opens_other_row(doc.text, openers, ends, noun_start, bisect.bisect_right(openers, mention.span.start) - 1)


def _opens_other_row(text: str, openers: list[int], ends: dict[int, int], noun_start: int, own: int) -> bool:
    """Whether the noun opens an item other than the `own`-th, right after its day, as a schedule's row
    puts it: a noun told later in the last item ("5. jūnijā Ozolos, 9. jūnijā Liepās, 12. jūnijā
    Bērzos notiks koncerti") is every day's, and one past a missed full stop is left to the walk."""
    k = bisect.bisect_right(openers, noun_start) - 1
    if k < 0 or k == own:
        return False
    day_end = ends.get(openers[k], openers[k])
    return day_end <= noun_start and ROW_NOUN_LEAD.fullmatch(text, day_end, noun_start) is not None


@dataclass(frozen=True)
class _Calendar:
    starts: frozenset[int]  # the days of the sentence
    openers: list[int] | None  # the days that open its items, when it is such a calendar
    days: list[int] | None  # noun-first items: the days that close them, when every day closes one
    place: dict[int, int] | None  # each such day's place in `days`


def _calendar(doc: Document, bounds: tuple[int, int], dates: list[int], ends: dict[int, int]) -> _Calendar:
    """The sentence's reading as a calendar, once per sentence (a hostile text of thousands of days
    in one sentence would otherwise cost O(days²) per day). O(days in the sentence)."""
    cache = doc.derived("events.day_items", lambda _: {})
    if bounds not in cache:
        cache[bounds] = _read_calendar(doc.text, bounds, dates, ends)
    return cache[bounds]


def _read_calendar(text: str, bounds: tuple[int, int], dates: list[int], ends: dict[int, int]) -> _Calendar:
    lo, hi = bisect.bisect_left(dates, bounds[0]), bisect.bisect_left(dates, bounds[1])
    starts = dates[lo:hi]
    # Days listed before a colon that head the items ("5., 6. un 7. jūlijā: 5. jūlijā koncerts, 6. jūlijā
    # …"): the calendar is the items past the colon; the heading's days are none of its items
    # (events/heading_days.py keeps them off the items' nouns).
    for k in range(1, min(len(starts), HEADING_DAYS + 1)):
        if HEADING_COLON.search(text[max(bounds[0], starts[k] - OPENING_REACH):starts[k]]):
            starts = starts[k:]
            break
    if len(starts) >= FEWEST_ROWS:
        openers = []
        for k, start in enumerate(starts):
            before = text[max(bounds[0], start - OPENING_REACH):start]
            if ITEM_OPENING.search(before):
                openers.append(start)
            elif k == 0 and FIRST_OPENING.search(text[bounds[0]:start][-OPENING_REACH:] if start > bounds[0] else ""):
                openers.append(start)
        # Every day must open an item (a day inside an item — "līdz 5. maijam" of a range — is none
        # of the list's own): else the sentence is prose that only tells several days.
        opening = set(openers)
        inner = [s for s in starts if s not in opening]
        enough = len(openers) >= FEWEST_ITEMS or len(openers) == FEWEST_ROWS and ROW_SEPARATOR.search(
            text[max(bounds[0], openers[1] - OPENING_REACH):openers[1]]) is not None
        if enough and openers[0] == starts[0] and all(_inside_range(text, s) for s in inner):
            return _Calendar(frozenset(starts), openers, None, None)
    days = [s for s in starts if not _inside_range(text, s)]
    closing = len(days) >= 2 and all(CLOSES_ITEM.match(text, ends.get(s, s), bounds[1]) for s in days)
    if not closing:
        return _Calendar(frozenset(starts), None, None, None)
    return _Calendar(frozenset(starts), None, days, {s: k for k, s in enumerate(days)})


def _inside_range(text: str, start: int) -> bool:
    """A range's second day: "no 3. līdz 5. maijam", "3.–5. maijā"."""
    before = text[max(0, start - 8):start]
    return bool(re.search(rf"(?:līdz|\d\.?\s*{DASH})\s*$", before, re.IGNORECASE))


# A day that closes its item: a comma, a semicolon or the sentence's end right after it.
CLOSES_ITEM = re.compile(r"\s*(?:[,;.!]|$)")


def _noun_first_item(index: Nouns, bounds: tuple[int, int], mention: DateMention, calendar: _Calendar,
                     ends: dict[int, int]) -> tuple[int, int]:
    """"Seminārs Ozolos notiks 3. jūlijā, lekcija Priedēs – 4. jūlijā": items that close with their
    day, the first naming its occurrence before it. The item runs from the day before's comma to
    its own day; one that names nothing ("…, Cēsīs – 7. maijā") keeps the sentence."""
    order, place = calendar.days, calendar.place
    if place is None or mention.span.start not in place:
        return bounds
    first = (bounds[0], ends.get(order[0], order[0]))
    if index.nearest(first, mention) is None:  # "5. maijā, pulksten 10, notiks …": not noun-first
        return bounds
    k = place[mention.span.start]
    item = first if k == 0 else (ends.get(order[k - 1], order[k - 1]) + 1, ends.get(order[k], order[k]))
    return _narrower(index, bounds, item, mention)


def _narrower(index: Nouns, bounds: tuple[int, int], item: tuple[int, int], mention: DateMention,
              other_row=None) -> tuple[int, int]:
    """The day's item when its own nearest noun is of another kind than the sentence's nearest,
    else the sentence's bounds. An item naming no listed occurrence ("5. jūnijā – kinoseanss; 9.
    jūnijā – koncerts") keeps its item too when the sentence's nearest noun opens another row
    (`other_row`): that noun is the other day's; a lead's noun before the items ("Koncerti notiks:
    5. jūnijā Ozolos, …") still dates every item."""
    # The sentence's nearest noun already in the item needs no narrower look (nor another analysis).
    nearest = index.nearest(bounds, mention)
    if nearest is None or item[0] <= nearest.start < item[1]:
        return bounds
    own = index.nearest(item, mention)
    if own is None and other_row is not None and other_row(nearest):
        return item
    # Only a noun of another kind is worth the narrower look ("svētki, 25. maijā … atklāšana").
    return item if own is not None and own.kind != nearest.kind else bounds
