"""After the walk over the dates: the events that are one occurrence are joined (consecutive
days, a day of unknown year), those that are not occurrences dropped (ranges framing a list,
borrowed headlines, report datelines), and lone events take a title from another mention.
Occurrences called off are cancelled.py's."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .compound_twins import drop_compound_twins
from .repertoire_twins import drop_repertoire_twins
from .contrast_hour import contrast_hour
from .counted_days import OPEN_HOURS_JOIN, counted_join
from ...document import Document
from ...temporal.relative_words import lookups
from ...record import DateMention, DateRole, Event, Record
from .dating import LONGEST_EVENT_DAYS, as_date, calendar_day
from .lexicon import contest_kinds, generic_types, literals, plainest_types, vocabulary
from .plural_generic import told_in_plural
from .generic_genitive import generic_head
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE, NounMention, own_nouns
from .paired_rounds import paired_rounds
from .plural_sittings import plural_sittings
from .title_before import noun_title
from .ranking import is_frame
from .range_parts import tells_part
from .retold_pair import retold_last_days
from ...temporal.unknown_year import year_unknown


def drop_titled_elsewhere(record: Record, titled: list[Event]) -> None:
    """A singular headline ("Projekta plānošanas vizīte") names one occurrence: when a clause of
    its own dates one of that kind, another day that only borrowed the headline's noun ("Pats
    apmaiņas projekts notiks no 21. augusta") is not that occurrence. O(events)."""
    if not titled:
        return
    borrowed = {id(e) for e in titled}
    own_kinds = {e.type for e in record.events if id(e) not in borrowed}
    record.events[:] = [e for e in record.events if id(e) not in borrowed or e.type not in own_kinds]


# How long before its dateline a report tells of the occurrence it heads ("12.05.2021 – Seminārs
# notika Cēsīs" over "Vakar Cēsīs notika seminārs").
REPORT_DAYS = 14


def drop_reported_datelines(record: Record, first_mention: dict[int, DateMention]) -> None:
    """A dateline that heads an occurrence ("16/04/2014 – partneru sanāksme") dates it, unless the
    text tells the same kind of occurrence on a day shortly before: then the dateline is the
    report's day, not the occurrence's. O(events)."""
    headed = [e for e in record.events
              if id(e) in first_mention and first_mention[id(e)].role == DateRole.document.value]
    if not headed:
        return
    headed_ids = {id(e) for e in headed}
    days_by_kind: dict[str, list[dt.date]] = {}
    for e in record.events:
        day = calendar_day(e.start)
        if day and id(e) not in headed_ids:
            days_by_kind.setdefault(e.type, []).append(day)
    gone = set()
    for e in headed:
        day = calendar_day(e.start)
        if day and any(0 < (day - other).days <= REPORT_DAYS for other in days_by_kind.get(e.type, ())):
            gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]


# How far after a range its one listed day may stand ("No 16. līdz 27. martam rīko sanāksmi:
# 17. martā Rēzeknē"); a single day told much later is a part of the stay the range is
# ("No 12.02.-17.02. viesojās …" … "14.02. diena sākās ar vizīti pašvaldībā").
LIST_AFTER_RANGE = 300


def drop_frames(record: Record, first_mention: dict[int, DateMention], first_days: set[int],
                doc: Document | None = None, holding: set[int] = frozenset()) -> None:
    """"No 16. līdz 27. martam rīko divas sanāksmes: 17. martā Rēzeknē un 24. martā Tukumā":
    the range frames the occurrences listed right after it and is no occurrence of its own. When
    the list also tells the range's first day ("1. diskusija notiks 15. februārī"), that day stays.
    `holding`: ids of ranges whose relative clause tells a second occurrence of their kind inside
    them (range_relative_day): occurrences of their own, no frames."""
    frames = [e for e in record.events if calendar_day(e.start) and calendar_day(e.end)]

    def listed_in(frame: Event, e: Event) -> bool:
        here, there = first_mention.get(id(frame)), first_mention.get(id(e))
        return here is None or there is None or 0 <= there.span.start - here.span.end <= LIST_AFTER_RANGE

    for frame in frames:
        if id(frame) in holding:
            continue
        first, last = calendar_day(frame.start), calendar_day(frame.end)
        inside = [e for e in record.events if e is not frame and e.type == frame.type and e.end is None
                  and calendar_day(e.start) and first <= calendar_day(e.start) <= last and not tells_part(e)]
        for e in retold_last_days(doc, record.dates, frame, inside, first_mention) if doc is not None else ():
            fill_gaps(frame, e)  # "5. un 6. jūlijā … 2025. gada 5. un 6. jūlijā": the range told again
            record.events.remove(e)
            inside.remove(e)
        # Two days or more of the same kind inside the range are its list, wherever they stand.
        if len(inside) >= 2 or any(listed_in(frame, e) for e in inside):
            if id(frame) in first_days:
                frame.end = None
            else:
                record.events.remove(frame)
                # The range dates no occurrence now: its mention is free for what else it is (the
                # span of a call to take part, "izteikt viedokli no 22.11. līdz 06.12. un piedalīties
                # domnīcās:" over the days listed: the deadlines' window).
                mention = first_mention.get(id(frame))
                if mention is not None and mention.role == DateRole.event.value \
                        and not any(first_mention.get(id(e)) is mention for e in record.events):
                    mention.role = DateRole.other.value


def drop_later_days(doc: Document, record: Record) -> None:
    """"sacensības 8.–9. augustā" … "Sestdien, 9. augustā sacensību sākums plkst. 11": a later day
    of a range told again by a part of it ("sākums", "noslēgums"), of the same kind, is that
    occurrence, no other one (years may be unknown); a visit told inside a stay stays its own.
    Runs after drop_frames, so a range that frames a list is gone by then. O(ranges × events)."""
    ranges = [e for e in record.events if e.end and as_date(e.start) and as_date(e.end)]
    gone = set()
    for frame in ranges:
        first, last = as_date(frame.start), as_date(frame.end)
        if not 0 < (last - first).days <= LONGEST_EVENT_DAYS:
            continue
        later = [e for e in record.events if e.type == frame.type and e.end is None and as_date(e.start)
                 and e.start[:4] == frame.start[:4] and first < as_date(e.start) <= last
                 and _framing(doc, e)]
        if len(later) == 1:
            gone.add(id(later[0]))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]


def _framing(doc: Document, e: Event) -> bool:
    """Whether the event's own noun frames another ("festivāla ietvaros 31. jūlijā"): the span may run
    past the noun to the day, so the noun is the span's word of the type's stem. O(span words)."""
    return any(is_frame(doc, NounMention(e.type, m.start(), m.end())) for m in own_nouns(doc, e))


def join_contest_kinds(record: Record) -> None:
    """"čempionāts 13. decembrī" and "Sacensības 13. decembrī sāksies plkst. 11": the kind word on a
    named contest's day (and end) is that contest; its details fill the contest's. O(events)."""
    words, named_kinds = contest_kinds()
    # A compound closed by a named kind is one too ("velomaratons", "pusmaratons").
    named = {(e.start, e.end): e for e in record.events if e.type.endswith(named_kinds)}
    if not named:
        return
    gone = set()
    for e in record.events:
        same = named.get((e.start, e.end)) if e.type in words else None
        # "no pulksten 6 līdz 9 makšķerēšanas sacensības … Pulksten 11 volejbola turnīrs": each at an
        # hour of its own, two contests of one day.
        if same is not None and not (e.start_time and same.start_time and e.start_time != same.start_time):
            fill_gaps(same, e)
            gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]


def drop_generic_twins(record: Record, keep: frozenset[int] | set[int] = frozenset(),
                       parts: frozenset[int] | set[int] = frozenset(), doc: Document | None = None) -> None:
    """"9. martā sāksies Lieldienu sarīkojumi" … "9. martā … vadīs radošo darbnīcu": the generic word
    on the day (and end) of a specific occurrence, with no hour of its own apart, is that one
    told again (RECORD.md: the generic word only when nothing more specific is said). Not one told
    only as a later part of the generic one's day (`parts`: "16. decembra pievakarē notika pasākums
    … Vakara gaitā bērni piedalījās konkursā"): that is something done within it, not it. O(events)."""
    generic = generic_types()
    plainest = plainest_types()
    specific, named = {}, {}
    for e in record.events:
        if id(e) in parts:
            continue
        if e.type not in generic:
            specific.setdefault((e.start, e.end), []).append(e)
        elif e.title is not None and e.type not in plainest:
            named.setdefault((e.start, e.end), []).append(e)
    if not specific and not named:
        return
    def same_place(a: str | None, b: str | None) -> bool:  # "Iecavas novada Ziemeļu bibliotēka" ~ "Ziemeļu bibliotēka"
        return a is None or b is None or a in b or b in a

    def twin(e: Event) -> bool:
        if e.type not in generic:
            return False
        others = specific.get((e.start, e.end), [])
        if id(e) in keep:
            return False  # "Pasākums notiks 5. jūnijā. Programmā: plkst. 12 koncerts, plkst. 14 …"
        if told_in_plural(e) and len(others) > 1:
            return False  # "25. martā novadā notiks piemiņas pasākumi" over several items: not any one of them
        if e.type in plainest and not others:
            # "18. maijā notiks akcija „Muzeju nakts”. Pasākums norisināsies no pulksten 19": a
            # named akcija or sarīkojums of the day is what the plainest word stands for.
            others = named.get((e.start, e.end), [])
        # "… notiks Lielās dienas svinēšana. Sarīkojums … Tā sākums – 19. martā pulksten 14.": the
        # day's one specific occurrence, told with no hour, gets the hour the generic word gives it.
        # A venue of its own that the specific one lacks tells another occurrence.
        # Not when the generic one's sentence gives the specific one an hour of its own past a contrast
        # ("… sāksies jubilejas sarīkojums, savukārt velopastaigas starts – plkst. 10"): two occurrences.
        apart = contrast_hour(doc, e, others[0]) if doc is not None and len(others) == 1 else None
        if apart is not None and others[0].start_time is None:
            others[0].start_time = apart
        if e.start_time is not None and len(others) == 1 and others[0].start_time is None \
                and (e.place is None or others[0].place is not None and same_place(e.place, others[0].place)):
            fill_gaps(others[0], e)
            return True
        return any((e.start_time is None or e.start_time == o.start_time)
                   and same_place(e.place, o.place) for o in others)
    record.events[:] = [e for e in record.events if not twin(e)]
    drop_compound_twins(record, fill_gaps)  # "koncerts" retold as "kopkoncerts" at the same venue
    drop_repertoire_twins(record, fill_gaps)  # a card's "koncertprogramma" beside its day's "koncerts"


# What may stand between the days of one occurrence: "4. un 5. oktobrī", "7., 8., 9. aprīlī".
# Also past the relative word that names the second day: "vakar, 1. jūlijā, un šodien, 2. jūlijā";
# and the paired days of "gan 6., gan 7. augustā", "kā 6., tā arī 7. augustā".
DAY_JOIN = re.compile(r"[\s.,]*(?:un|–|-|—|&|gan(?:\s+arī)?|tā\s+arī)?[\s.,]*(?:(?:šodien|rīt|parīt|vakar)[\s.,]*)?",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_join() -> re.Pattern:
    """DAY_JOIN with the next day's weekday before it ("Piektdien, 2. augustā, un sestdien, 3.
    augustā"): the weekdays' forms are calendar.toml's [weekdays]."""
    forms = sorted(lookups()["weekday"], key=len, reverse=True)
    # Also the weekdays paired before a day list ("Piektdien un sestdien, 2. un 3. augustā"): the
    # first day's number told again after them (group 1), checked by the caller.
    return re.compile(rf"[\s.,]*(?:un|–|-|—|&)?[\s.,]*(?:{literals(forms)})[\s.,]*"
                      rf"(?:(\d{{1,2}})\.?\s*(?:un|–|-|—|&)\s*)?", re.IGNORECASE)


def _weekdays_between(doc: Document, start: int, end: int, day: dt.date) -> bool:
    m = _weekday_join().fullmatch(doc.text, start, end)
    return m is not None and (m.group(1) is None or int(m.group(1)) == day.day)


@lru_cache(maxsize=1)
def _open_days() -> frozenset[str]:
    return frozenset(vocabulary()["open_days"]["types"])


@lru_cache(maxsize=1)
def _begins_then_continues() -> re.Pattern:
    """"30. novembrī, sāksies un ceturtdien, 1. decembrī, turpināsies": the start's verb, "un", a weekday."""
    verbs = literals(vocabulary()["begins"]["words"])
    return re.compile(rf"[\s,]*(?:{verbs})\s+un\s+(?:[^\W\d_]+dien[\s,]*)?", re.IGNORECASE)


def join_days(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    """One occurrence over consecutive days is one event with `end` ("seminārs 4. un 5. oktobrī",
    "trīs dienu tikšanās 7., 8., 9. aprīlī"); days apart ("4. un 11. februārī") stay a series
    of events. Only dates written next to each other join. O(events log events)."""
    dated = sorted((first_mention[id(e)].span.start, k) for k, e in enumerate(record.events)
                   if id(e) in first_mention and e.end is None)
    gone: set[int] = set()
    head = None  # (index of the event that grows, its mention's end, its first mention's start)
    for _start, k in dated:
        event, mention = record.events[k], first_mention[id(record.events[k])]
        if head is not None:
            grower, grower_end, first_start = head
            kept = record.events[grower]
            last, day = as_date(kept.end or kept.start), as_date(event.start)
            if kept.type == event.type and last and day and (day - last).days == 1 and not plural_sittings(kept) \
                    and not paired_rounds(doc, kept) \
                    and (DAY_JOIN.fullmatch(doc.text, grower_end, mention.span.start)
                         or _weekdays_between(doc, grower_end, mention.span.start, last)
                         or (kept.type in _open_days() and OPEN_HOURS_JOIN.fullmatch(doc.text, grower_end,
                                                                                   mention.span.start))
                         or _begins_then_continues().fullmatch(doc.text, grower_end, mention.span.start)
                         or counted_join(doc, first_start, grower_end, mention.span.start)):
                kept.end = event.start
                fill_gaps(kept, event)
                gone.add(k)
                head = (grower, mention.span.end, first_start)
                continue
        head = (k, mention.span.end, mention.span.start)
    if gone:
        record.events[:] = [e for k, e in enumerate(record.events) if k not in gone]


def join_unknown_years(record: Record) -> None:
    """"2017. gada 3. aprīlī notika konference … 3. aprīlī aizvadītā konference": a day whose
    year the text leaves out (XXXX) is the same occurrence as that day of the same kind with one."""
    known = {}
    for e in record.events:
        first, last = as_date(e.start or ""), as_date(e.end or e.start or "")
        if e.start and not year_unknown(e.start) and first and last and 0 <= (last - first).days <= LONGEST_EVENT_DAYS:
            # Every day of the occurrence, by month and day: "1. jūlijā" inside "30. jūnijā un 1. jūlijā".
            for n in range((last - first).days + 1):
                known.setdefault((e.type, (first + dt.timedelta(days=n)).strftime("-%m-%d")), e)
    kept = []
    for event in record.events:
        same = known.get((event.type, event.start[4:])) if year_unknown(event.start) else None
        if same is not None:
            fill_gaps(same, event)
        else:
            kept.append(event)
    record.events[:] = kept


def fill_gaps(kept: Event, other: Event) -> None:
    for name in ("title", "end", "start_time", "end_time", "place", "address", "status"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))


def titles_from_other_mentions(doc: Document, nouns: list[NounMention], events: list[Event],
                               dates: list[DateMention] = ()) -> None:
    """A lone event of its kind takes the quoted name given at another mention of the noun (the lead).
    Not from a mention whose sentence dates another day ("20. septembrī … organizē pasākumu “…”"
    names that day's occurrence), nor a name another event bears, nor a source after "no"
    ("dziesmas no koru lielkoncerta „…”")."""
    per_kind: dict[str, int] = {}
    for event in events:
        per_kind[event.type] = per_kind.get(event.type, 0) + 1
    wanted = {e.type: (e.start or "", e.end or e.start or "") for e in events if e.title is None and per_kind[e.type] == 1}
    days_of: dict[int, set] = {}
    for d in dates:
        k = doc.sentence_index(d.span.start)
        if k is not None and d.value and DAY_OF.match(d.value):
            days_of.setdefault(k, set()).add(d.value)
    titles: dict[str, str] = {}
    taken = {e.title for e in events if e.title}  # a name another event bears is that one's
    for noun in nouns:
        # "Apbalvošanas pasākumā “…”" names the occurrence as "pasākums" too (generic_genitive).
        head = generic_head(doc.text, noun)
        if head is not None and head in wanted and noun.kind not in wanted:
            noun = NounMention(head, noun.start, noun.end)
        if noun.kind in wanted and noun.kind not in titles:
            k = doc.sentence_index(noun.start)
            first, last = wanted[noun.kind]
            if k is not None and any(not first <= day <= last for day in days_of.get(k, ())):
                continue  # a day outside the event's own days
            if SOURCE_BEFORE.search(doc.text, max(0, noun.start - 30), noun.start):
                continue  # after "no" (from), past two words at most: a repertoire's source, another occurrence
            title = noun_title(doc, noun)
            if title and title not in taken and not _one_of_listed(doc, noun, title):
                titles[noun.kind] = title
    for event in events:
        if event.type in wanted:
            event.title = titles.get(event.type)


# A quoted name followed by another one ("izrādes «Tumšās alejas», «Metāllūžņi» un «…»"): one of
# several works the noun lists (a repertoire), the name of none of them in particular. Joined by
# "un" / "kā arī" the next name closes the list; joined by a comma or a semicolon it is an item only
# when the list goes on or ends after it (a comma, "un", a stop), not when words follow it ("Izrāde
# «Ozolu alejas», «Vēja» teātra jaunākais darbs, …": a name in the apposition's genitive).
NEXT_LISTED_NAME = re.compile(rf"{CLOSE_QUOTE}?[^\S\n]*(?:(?P<closing>un|kā arī)|,|;)[^\S\n]*{OPEN_QUOTE}"
                              rf"[^„“\"«»”\n]{{1,200}}?{CLOSE_QUOTE}", re.IGNORECASE)
LIST_GOES_ON = re.compile(r"[^\S\n]*(?:[,;.!?]|(?:un|kā arī)(?!\w)|\n|$)", re.IGNORECASE)
# How far after the noun its first quoted name is looked for.
LISTED_NAME_REACH = 200


def _one_of_listed(doc: Document, noun: NounMention, title: str) -> bool:
    """Whether the noun's quoted name is the first of a list of names. O(reach)."""
    at = doc.text.find(title, noun.end, noun.end + LISTED_NAME_REACH)
    if at < 0:
        return False
    m = NEXT_LISTED_NAME.match(doc.text, at + len(title))
    return m is not None and (m.group("closing") is not None or LIST_GOES_ON.match(doc.text, m.end()) is not None)


DAY_OF = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}$")
SOURCE_BEFORE = re.compile(r"(?<!\w)no[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,2}$", re.IGNORECASE)
