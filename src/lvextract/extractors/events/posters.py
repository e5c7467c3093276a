"""Posters and programmes: a day heading alone on its line dates the blocks under it, one event
per block that names one; the status of an event on a poster comes from the publication date."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ...record import DateMention, DateRole, Event, Record
from ...temporal.times import parse_times
from .blocks import LIST_ITEM, LONGEST_HEADING, list_head
from .dating import DAY_VALUE, LONGEST_EVENT_DAYS, as_date, calendar_day
from .lexicon import generic_types, vocabulary, word_start_patterns
from .noun_mention import NounMention
from .nouns import noun_starts
from .offsets import any_between
from .parts import build_event
from .status import status_words
from .ranking import Nouns, is_frame
from .programme_labels import under_programme_label
from .festival_programme import lists_own_occurrences
from .hour_abbreviation import CLOCK_WORD, LINE_LEAD
from .listed_items import add_listed
from ..related_list import marker_line_after
from ...temporal.unknown_year import year_unknown


BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line opening with a dash or a bullet (not a number: "13. septembris" is a day heading).
BULLET = re.compile(r"[ \t]*[•\-–—*·▪●◦]")


def poster_blocks(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                   by_key: dict, record: Record, first_mention: dict[int, DateMention]) -> None:
    """A poster's day heading — the date alone on its line, maybe with its weekday and emphasis
    ("**SESTDIEN, 19. JŪLIJĀ**") — dates the blocks under it, down to the next heading: one
    event per block that names one."""
    text = doc.text
    generic = generic_types()
    heading_rest = word_start_patterns()["heading_rest"]
    named_day = word_start_patterns()["heading_named_day"]
    bare_named_day = word_start_patterns()["heading_bare_named_day"]
    headings = []
    by_start = {d.span.start: d for d in record.dates}
    date_set = frozenset(date_starts)
    for mention in candidates:
        start, end = layout(doc).line_of(mention.span.start)
        if end - start > LONGEST_HEADING:
            continue
        # A heading stands apart: a blank line (or the text's start) above it, unlike a date
        # that a hard-wrapped sentence carried to the start of a line.
        # A calendar's next day heading may follow the last item of the day before ("4. marts,
        # pirmdiena / • 17.30 … / 5. marts, otrdiena"): a bullet line above ends that block too, and
        # so does a line led by its hour ("plkst. 19.00 … pirmizrāde / Svētdien, 30. aprīlī").
        above = layout(doc).line_of(start - 1) if start > 0 else None
        stands_apart = above is None or above[1] - above[0] <= LONGEST_HEADING and not text[above[0]:above[1]].strip() \
            or bool(LIST_ITEM.match(text[above[0]:min(above[1], above[0] + 20)])) \
            or HOUR_ITEM.match(text, above[0], above[1]) is not None \
            or _alone_after_sentence(text, above, (start, end), mention) or under_programme_label(text, above)
        if stands_apart and _under_list_label(doc, start):
            continue  # "ĒDIENKARTE" / "27.11. - 01.12.": a week's menu, no poster day
        if stands_apart and BULLET.match(text, start, end) and _named_by_lead(doc, index, mention, date_set):
            # "Semināri notiks:" / "– 10. janvārī plkst. 12.00 Rēzeknē.": an item of the lead's list,
            # which the walk dated from the lead; the paragraphs below are not its blocks.
            continue
        day_end = _translated_day_end(text, by_start, mention, end)
        if stands_apart and mention.span.end <= end and heading_rest.fullmatch(text[start:mention.span.start]) \
                and (heading_rest.fullmatch(text[day_end:end]) or named_day.fullmatch(text[day_end:end])
                     or _time_and_venue(doc, mention, end)
                     or bare_named_day.fullmatch(text[day_end:end]) and _over_hour_line(text, end)):
            headings.append((start, end, mention))
    if not headings:
        return
    headings.sort(key=lambda h: h[0])
    _drop_borrowed_from_above(record, headings, by_key, first_mention)
    # The days of an occurrence the running text has already dated ("No 5. līdz 6. augustam notiks
    # nometne" above "5. augusts / 10:30 Lekcija …") head its programme: their items are its parts.
    # Only an occurrence told above the heading: one told below it ("… bet 22. februārī Pelču
    # pagastā") is the heading's own day again.
    told = sorted((first_mention[id(e)].span.start, k) for k, e in enumerate(record.events) if id(e) in first_mention)
    covered: dict[str, set[str]] = {}
    kept, t = [], 0
    for heading in headings:
        while t < len(told) and told[t][0] < heading[0]:
            if not lists_own_occurrences(record.events[told[t][1]]):  # a festival's items are their own
                _cover_days(record.events[told[t][1]], covered)
            t += 1
        if not _day_covered(heading[2].value, covered):
            kept.append(heading)
    # A covered heading dates no blocks, but it still ends the blocks of the day above it
    # ("Piektdiena, 19. jūnijs / … / Sestdiena, 20. jūnijs / …" under a feast told for the 20th).
    ends = [h[0] for h in headings]
    headings = kept
    if not headings:
        return
    # A line that opens with a date is an item of its own ("11. novembrī plkst. 17.00 … pasākums"),
    # maybe after its weekday ("Pirmdien, 1. maijs – Darba svētki"): the blocks of the heading above
    # end there.
    date_lines = []
    for d in record.dates:
        line_start = layout(doc).line_of(d.span.start)[0]
        if heading_rest.fullmatch(text, line_start, d.span.start):  # (white space alone fits it too)
            date_lines.append(line_start)
    date_lines.sort()
    redone: set[int] = set()  # events of the walk that a heading's first hour line set right
    for k, (line_start, line_end, mention) in enumerate(headings):
        e = bisect.bisect_right(ends, line_start)
        region_end = ends[e] if e < len(ends) else len(text)
        i = bisect.bisect_right(date_lines, line_end)
        if i < len(date_lines):
            region_end = min(region_end, date_lines[i])
        region_end = _list_after_items(text, line_end, region_end)
        # A sidebar's day over its item ends where the page's "Saistītie raksti" list begins: the
        # article below is no block of that day.
        region_end = min(region_end, marker_line_after(doc, line_end))
        block_starts = [line_end] + [m.end() for m in BLANK_LINE.finditer(text, line_end, region_end)]
        block_starts = sorted(set(block_starts) | set(_item_lines(text, line_end, region_end))
                              | set(_hour_lines(text, line_end, region_end)))
        made = False
        for b, block_start in enumerate(block_starts):
            block = (block_start, block_starts[b + 1] if b + 1 < len(block_starts) else region_end)
            # A noun whose own sentence gives a date is that date's ("1.maijs / – … diena. 1920. gada
            # 1. maijā uz pirmo sēdi sanāca …"), not the heading's.
            # A line led by its hour says by its shape that what it names takes place ("11.00 Amatnieku tirgus").
            hour_led = HOUR_LINE.match(text, block[0]) is not None
            item = block if HOUR_ITEM.match(text, block[0]) else None
            in_block = [n for n in index.all_in(block, told=True if hour_led else None)
                        if not is_frame(doc, n) and not _dated_apart(doc, n, date_starts, mention, item)]
            # A genitive right before another event noun qualifies it: "Atklāšanas koncerts" is a concert.
            in_block = [n for k, n in enumerate(in_block)
                        if not (k + 1 < len(in_block) and not text[n.end:in_block[k + 1].start].strip())]
            # A generic noun after the day's events is a note about them ("Pasākumā tiks fotografēts").
            # Not so in a block that says itself that it takes place ("• … norisinās pasākums „…”").
            # A line led by its hour is such an item by its shape ("Plkst. 13.00 … veltīts pasākums").
            told = hour_led or index.told(block)
            in_block = [n for n in in_block if not (made and n.kind in generic and not told)]
            if not in_block:
                continue
            noun = min(in_block, key=lambda n: (n.kind in generic, n.start))
            key = (noun.kind, mention.value)
            if key in by_key:
                # "18:30 … izrāde “Ēnas”" / "21:00 … izrāde “Spainis”": another hour's line is another
                # occurrence of the same kind that day.
                first = by_key[key]
                if not hour_led or first.start_time is None:
                    continue
                hour = HOUR_LINE.match(text, block[0])
                key = (*key, text[hour.start():hour.end()].strip())
                if key in by_key:
                    continue
                if first_mention.get(id(first)) is mention and id(first) not in redone:
                    # The walk read the heading's first lines as one: the first hour's line is that event.
                    redone.add(id(first))
                    own = build_event(doc, index, noun, block, mention, block, date_starts)
                    for name in ("title", "start_time", "end_time", "place", "address", "span"):
                        setattr(first, name, getattr(own, name))
                    made = True
                    continue
            event = build_event(doc, index, noun, block, mention, block, date_starts)
            if line_end > mention.span.end:
                # The heading's own time and venue ("4. novembrī plkst. 20.00 Lazdukalna saieta namā")
                # are the occurrence's; times in the block under it are its parts.
                heading = build_event(doc, index, noun, block, mention, (line_start, line_end), date_starts)
                for name in ("start_time", "end_time", "place", "address"):
                    if getattr(heading, name) is not None:
                        setattr(event, name, getattr(heading, name))
            day, published = calendar_day(event.start), _published(record)
            if event.status is None and published and day:
                # A poster has no verbs: the day against the publication date tells.
                event.status = "planned" if day >= published else "held"
            by_key[key if len(key) > 2 else (event.type, event.start)] = event
            record.events.append(event)
            mention.role = DateRole.event.value
            made = True
            if hour_led:  # "21:00 apbalvošana, koncerts, ugunskura iedegšana": each listed one too
                add_listed(doc, index, in_block, noun, block, mention, date_starts, by_key, record, event.status, generic)


def _named_by_lead(doc: Document, index: Nouns, mention: DateMention, dates: frozenset[int]) -> bool:
    """Whether the date's list item stands under a lead line that names an occurrence ("Konkursa
    informatīvie semināri notiks:"). O(list length) per asked heading."""
    head = list_head(doc, mention, dates)
    return head is not None and index.first(head) is not None


def _drop_borrowed_from_above(record: Record, headings: list, by_key: dict, first_mention: dict[int, DateMention]) -> None:
    """"… / 17:00 Rok-koncerts / grupas / (blank) / 6.jūlijs, sestdiena – …": the walk may give a
    heading's day to the last item of the day above, which the blocks of that heading date right."""
    ids = {id(h[2]): h[0] for h in headings}
    above = headings[0][0]

    def borrowed(e: Event) -> bool:
        line = ids.get(id(first_mention.get(id(e))))
        return line is not None and e.span is not None and above <= e.span.start < line

    gone = {id(e) for e in record.events if borrowed(e)}
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]
        for key in [k for k, e in by_key.items() if id(e) in gone]:
            del by_key[key]


def _over_hour_line(text: str, line_end: int) -> bool:
    """Whether the next line that is not blank opens with its hour ("18. novembris – … diena! /
    11.00 … dievkalpojums"): a programme under the day's name. O(the blank gap)."""
    at = line_end
    while at < len(text) and text[at].isspace():
        at += 1
    return at < len(text) and text.rfind("\n", line_end, at) >= 0 and HOUR_ITEM.match(text, at) is not None


def _hour_lines(text: str, start: int, end: int) -> list[int]:
    """Starts of the lines led by their hour between start and end: each is a block of its own."""
    found, at = [], text.find("\n", start, end)
    while 0 <= at < end:
        if HOUR_LINE.match(text, at + 1):
            found.append(at + 1)
        at = text.find("\n", at + 1, end)
    return found


# A line of a day's programme that opens with the hour ("Plkst. 13.00 Tomes bibliotēkā … pasākums",
# "17.00 – 20.00 Kino filmu parāde"), and a paragraph line after one that closed its sentence.
HOUR_LINE = re.compile(rf"{LINE_LEAD}(?:{CLOCK_WORD}[ \t]*\d{{1,2}}|\d{{1,2}}[:.]\d{{2}})(?!\d)", re.IGNORECASE)
# The same with the hour's minutes closed ("plkst.19.00 …", "11.00 …"), not a day that opens the line
# ("20.03.2024. …", "14.10. | …"): a programme item by its shape.
HOUR_ITEM = re.compile(rf"{LINE_LEAD}(?:{CLOCK_WORD}[ \t]*\d{{1,2}}(?:[.:]\d{{2}})?|\d{{1,2}}[:.]\d{{2}})"
                       r"(?![\d.:]\d|\.\S)", re.IGNORECASE)
SENTENCE_CLOSED = re.compile(r"[.!?][ \t]*\n[ \t]*(?=\S)")


def _alone_after_sentence(text: str, above: tuple[int, int], line: tuple[int, int], mention: DateMention) -> bool:
    """A day alone on its line ("5. oktobrī") under a line that closed its sentence heads what follows,
    with no blank line between: a listing whose paragraphs are lines."""
    rest = text[line[0]:mention.span.start] + " " + text[mention.span.end:line[1]]
    # Its weekday may stand beside it ("Trešdiena, 4. jūnijs"), as on any heading.
    rest = word_start_patterns()["heading_rest"].sub(" ", rest)
    return text[above[0]:above[1]].rstrip().endswith((".", "!", "?")) and not re.search(r"[^\W\d_]{2,}", rest)


def _item_lines(text: str, start: int, end: int) -> list[int]:
    """The starts of the lines under a day heading that are items of their own, with no blank line
    between them: a line that opens with the hour, or a paragraph after one that closed its
    sentence ("… rudens gadatirgus.\nPlkst. 12.00 …", "… līdz 28. oktobrim.\nGaidāmi svecīšu
    vakari …"). O(region)."""
    starts = {m.end() for m in SENTENCE_CLOSED.finditer(text, start, end)}
    pos = text.find("\n", start, end)
    while pos >= 0:
        if HOUR_LINE.match(text, pos + 1, end):
            starts.add(pos + 1)
        pos = text.find("\n", pos + 1, end)
    return sorted(starts)


@lru_cache(maxsize=1)
def _not_poster_label() -> re.Pattern:
    return re.compile(vocabulary()["not_poster_labels"]["line"], re.IGNORECASE)


def _under_list_label(doc: Document, line_start: int) -> bool:
    """Whether the last non-blank line above the date line labels a menu or a timetable
    ("ĒDIENKARTE"). Looks back over blank lines only: O(the gap)."""
    text, end = doc.text, line_start
    while end > 0 and text[end - 1].isspace():  # text[:line_start].rstrip(), without copying the text before
        end -= 1
    if end == 0:
        return False
    start = text.rfind("\n", 0, end) + 1
    return _not_poster_label().match(text[start:end]) is not None


def _list_after_items(text: str, start: int, end: int) -> int:
    """Where a new list opens after the day's bullet items ("• 16.00 … pasākums." / "Pasākuma
    „…” programma:"): a line ending in a colon after a bullet item that closed its sentence heads
    another list, which is not the day's. Regions do not overlap, so each line is read once."""
    seen_item, closed, pos = False, True, start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end].rstrip()
        if LIST_ITEM.match(line):
            seen_item = True
        elif seen_item and closed and line.endswith(":"):
            return pos
        if line:  # a line that runs on ("… pagasta" / "kolektīvu koncerti:") wraps one item
            closed = line.endswith((".", "!", "?", ";"))
        pos = line_end + 1
    return end


# How many words a poster's day line may add after the date besides a clock time (data:
# [word_starts] poster_time_words) and a venue ("3. novembrī no plkst. 10.00 Rugāju tautas nama mazajā zālē").
LONGEST_VENUE_WORDS = 6


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(vocabulary()["word_starts"]["poster_time_words"])


# A bilingual poster's day told again in another language after a slash: "25. septembrī / September 25".
TRANSLATION_SLASH = re.compile(r"[ \t]*/[ \t]*")


def _translated_day_end(text: str, by_start: dict[int, DateMention], mention: DateMention, line_end: int) -> int:
    """Where the day heading's date ends, past the same day told again after a slash on its line
    ("25. septembrī / September 25"): the translation is no rest of the line. O(1)."""
    slash = TRANSLATION_SLASH.match(text, mention.span.end, line_end)
    if slash is None:
        return mention.span.end
    other = by_start.get(slash.end())
    if other is None or other.value != mention.value or other.span.end > line_end:
        return mention.span.end
    return other.span.end


def _time_and_venue(doc: Document, mention: DateMention, line_end: int) -> bool:
    """Whether the rest of the date's line gives a clock time and maybe a venue, nothing else:
    no event noun, no verb that tells something happens, a few words. O(log n) per line."""
    bounds = (mention.span.end, line_end)
    if any_between(noun_starts(doc), bounds) or any_between(status_words(doc)[0], bounds):
        return False
    rest = doc.text[bounds[0]:bounds[1]]
    times = parse_times(rest)
    if not times:
        return False  # "1. maijs – Darba svētki": a holiday's name under its day, no poster line
    for start, end, _first, _second in reversed(times):
        rest = rest[:start] + " " + rest[end:]
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in _time_words()]
    return len(words) <= LONGEST_VENUE_WORDS


def _dated_apart(doc: Document, noun: NounMention, date_starts: list[int], heading: DateMention,
                 line: tuple[int, int] | None = None) -> bool:
    """Whether the noun's clause holds a date of its own, other than the heading's. A programme line
    led by its hour (`line`) is an item of its own: lines with no full stop run into one clause
    ("plkst. 17.00 … koncerts / Svētdien, 30. aprīlī / plkst. 15.00 …"), whose other days are not
    the noun's. O(log n)."""
    bounds = layout(doc).clause_bounds(noun.start)
    if bounds is None:
        return False
    if line is not None:
        bounds = (max(bounds[0], line[0]), min(bounds[1], line[1]))
    lo, hi = bisect.bisect_left(date_starts, bounds[0]), bisect.bisect_left(date_starts, bounds[1])
    own = 1 if bounds[0] <= heading.span.start < bounds[1] else 0
    return hi - lo > own


def _cover_days(event: Event, covered: dict[str, set[str]]) -> None:
    """Adds the event's days ("-MM-DD" → years) to `covered` (a range up to LONGEST_EVENT_DAYS)."""
    first, last = as_date(event.start), as_date(event.end or event.start)
    if first is None or last is None or not 0 <= (last - first).days <= LONGEST_EVENT_DAYS:
        return
    for n in range((last - first).days + 1):
        covered.setdefault((first + dt.timedelta(days=n)).strftime("-%m-%d"), set()).add(event.start[:4])


def _day_covered(value: str | None, covered: dict[str, set[str]]) -> bool:
    """Whether the day is one of those events' days (an unknown year matches any)."""
    if not value or not DAY_VALUE.match(value):
        return False
    years = covered.get(value[4:])
    return bool(years) and (value[:4] in years or year_unknown(value) or any(year_unknown(y) for y in years))


def _published(record: Record) -> dt.date | None:
    """The document date as a day (a date, or an ISO value of day grain; a month or year gives none)."""
    value = record.document_date
    if value is None or isinstance(value, dt.date):
        return value
    return calendar_day(str(value))
