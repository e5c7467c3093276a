"""The parts of one event besides its noun and date: clock times, status (planned / held, from
status.py), venue, address and title, looked up by bisection in what each range of the text offers
(found once per distinct range); and build_event, which puts them together."""
from __future__ import annotations

import bisect
from functools import lru_cache
import re

from ...latvian import places
from ...document import Document
from ...layout import layout
from ...record import DateMention, Event
from ...temporal.date_patterns import MINUTE
from ...temporal.times import CLOCK_HOUR, clock, clock_times
from .lexicon import event_stems, generic_types, literals, vocabulary
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE, TITLE_AFTER_NOUN, NounMention
from .nouns import all_noun_starts, all_nouns
from .title_before import noun_title
from .contrast import CONTRAST, day_side, own_part
from .venue_own_noun import without_own_noun
from .venue_pick import any_venue_in, pick_kept_venue
from .noun_adjective import without_noun_adjective
from .offsets import any_between
from .led_time import led_time
from .line_times import own_line_time
from .day_lists import listed_days_start, listed_run
from .ranking import Nouns
from .status import status_near
from .habitual import habitual
from .preliminary_hour import START_WORD, preliminary, start_led
from .recurring_hour import routine_clause
from .other_occurrence import names_other


# A quoted name may run over a hard-wrapped line's end ("konkursa „Sakoptākā" / "sēta” laureāti"),
# not over a blank line.
QUOTED = re.compile(rf"{OPEN_QUOTE}((?:[^„“\"«»”\n]|\n(?![ \t]*\n)){{2,200}}?){CLOSE_QUOTE}")


def _doc_times(doc: Document) -> list[tuple[int, int, str, str | None]]:
    """Every clock time of the document, in order, parsed once (parse_times is O(n + m log m))."""
    return doc.derived("events.times", lambda d: clock_times(d.text))


def _event_times(doc: Document) -> tuple[list[int], list[tuple[int, int, str, str | None]]]:
    """The clock times an event can take (not a deadline's "līdz plkst. 17.00"), with their starts."""
    def build(doc: Document):
        times = [t for t in _doc_times(doc)
                 if not re.search(r"līdz\s*$", doc.text[max(0, t[0] - 8):t[0]], re.IGNORECASE)]
        return [t[0] for t in times], times
    return doc.derived("events.event_times", build)


def _inside_quotes(text: str, bounds: tuple[int, int]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTED.finditer(text, *bounds)]


def time_in(doc: Document, bounds: tuple[int, int], after: int,
            stop: int | None = None, kind: str | None = None) -> tuple[str | None, str | None]:
    """The first clock time in the clause from `after` up to the next date (`stop`), else the
    clause's first; not a deadline's "līdz plkst.". `kind`: the occurrence's, whose own start a
    preliminary's hour gives way to. O(log n) by bisection."""
    starts, times = _event_times(doc)
    first = bisect.bisect_left(starts, bounds[0])
    last = bisect.bisect_left(starts, bounds[1])
    while last > first and times[last - 1][1] > bounds[1]:
        last -= 1  # a time running past the clause is not the clause's
    if first >= last:
        return None, None
    i = max(first, bisect.bisect_left(starts, after, first, last))
    if i < last and preliminary(doc.text, starts[i]):
        # "reģistrācija no plkst. 10:45, sākums plkst. 11:30": the later hour a start word leads starts
        # it, past other preliminaries between ("…, izloze plkst. 9.50, turnīra sākums plkst. 10.00");
        # a start word's before a verb's ("…, instruktāža notiks plkst. 9.30, turnīra sākums plkst. 10")
        k = _led_start(doc, starts, i + 1, last, stop, kind)
        if k is None:
            later = _start_in_next_clause(doc, bounds, stop, starts, times, kind)
            if later is not None:
                return later  # "Reģistrācija no plkst. 9.30. Pirmās spēles sākums plkst. 10:00."
        else:
            i = k
    if i < last and (stop is None or starts[i] < stop):
        chosen = times[i]
    elif stop is not None and starts[first] > stop and CONTRAST.search(doc.text, after, stop):
        # "… izrāde bija 17. martā, bet … pirmizrādi gaida 24. martā 14.00": the clause's only hour
        # stands past a contrast and the next day, so it is that day's, not this one's.
        return None, None
    else:
        chosen = times[first]
    return chosen[2], chosen[3]


def _led_start(doc: Document, starts: list[int], lo: int, hi: int, stop: int | None, kind: str | None) -> int | None:
    """The index of the first hour in starts[lo:hi] (before `stop`) a start word leads, else of the
    first a verb of taking place leads (preliminary_hour.start_led), else None."""
    verb_led = None
    for k in range(lo, hi):
        if stop is not None and starts[k] >= stop:
            break
        how = start_led(doc, starts[k], kind)
        if how == START_WORD:
            return k
        if how and verb_led is None:
            verb_led = k
    return verb_led


# A list item's number opening the next clause ("2.5. Sākums 17:15"): no date of its own.
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}\.)+\s")


def _start_in_next_clause(doc: Document, bounds: tuple[int, int], stop: int | None,
                          starts: list[int], times: list, kind: str | None) -> tuple[str, str | None] | None:
    """A clause telling only a preliminary's hour, the start's hour opening the next clause of its
    paragraph, led by a start word ("Reģistrācija no plkst. 9.30. Pirmās spēles sākums plkst. 10:00."):
    that hour, when no date stands before it. O(log n)."""
    nxt = layout(doc).neighbour_clause(bounds, 1)
    if nxt is None:
        return None
    k = bisect.bisect_left(starts, nxt[0])
    if k >= len(starts) or starts[k] >= nxt[1] or times[k][1] > nxt[1] or (stop is not None and starts[k] >= stop):
        return None
    m = _ITEM_NUMBER.match(doc.text, nxt[0], starts[k])
    if re.search(r"\d", doc.text[m.end() if m else nxt[0]:starts[k]]) or not start_led(doc, starts[k], kind):
        return None
    return times[k][2], times[k][3]


class _Range:
    """What a clause (or line, block, row) offers an event, found once per distinct range:
    its quoted stretches, street addresses and venue candidates."""

    def __init__(self, doc: Document, bounds: tuple[int, int]):
        self.quotes = _inside_quotes(doc.text, bounds)
        self.addresses = places.addresses(doc, bounds)
        self.address_starts = [m.start() for m in self.addresses]
        skip = self.quotes + [(m.start(), m.end()) for m in self.addresses]
        self.venues = places.venue_candidates(doc, bounds, skip, not_venues=event_stems())


def _range(doc: Document, bounds: tuple[int, int]) -> _Range:
    memo = doc.derived("events.ranges", lambda _doc: {})
    if bounds not in memo:
        memo[bounds] = _Range(doc, bounds)
    return memo[bounds]


def _named_kind(doc: Document, index: Nouns, noun: NounMention, title: str | None) -> str:
    """"pasākums „Karjeras diena”": a generic noun whose quoted name opens with an occurrence
    noun takes that noun's type (RECORD.md: the generic word only when nothing more specific is said)."""
    if title is None or noun.kind not in generic_types() or noun.kind in _kept_before_name():
        return noun.kind
    m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
    if m is None:
        return noun.kind
    inner = all_nouns(doc)
    starts = all_noun_starts(doc)
    i = bisect.bisect_left(starts, m.start(1))
    for n in inner[i:]:
        if n.start >= min(m.end(1), m.start(1) + 30):
            break
        if n.kind not in generic_types() and not _towards(doc, m.start(1), n):
            return n.kind
    return noun.kind


@lru_cache(maxsize=1)
def _kept_before_name() -> frozenset[str]:
    return frozenset(vocabulary()["generic"]["kept_before_name"])


def _towards(doc: Document, name_start: int, n: NounMention) -> bool:
    """"pasākums “Ceļā uz kongresu”": the name's noun after "uz" (a few words between) is its goal."""
    words = doc.text[name_start:n.start].lower().split()[-3:]
    return any(w in _towards_words() for w in words)


@lru_cache(maxsize=1)
def _towards_words() -> frozenset[str]:
    return frozenset(vocabulary()["title_words"]["towards"])


# How far before a bracketed date its place may start ("Valmieras Kultūras centrā (28.10.)").
BRACKET_PLACE_REACH = 60


def _bracketed(doc: Document, mention: DateMention, date_starts: list[int]) -> tuple[int, int] | None:
    """"Daugavpilī (14.10.2015.), Rēzeknē (21.10.2015.)": a date in brackets is its place's; the
    span after the previous date where that place may start, else None."""
    first = listed_days_start(doc, mention, date_starts) or mention.span.start  # "(7., 8., 9.04.)": the list's
    open_at = doc.text.rfind("(", max(0, first - 3), first)
    if open_at < 0 or doc.text[open_at + 1:first].strip():
        return None
    k = bisect.bisect_left(date_starts, mention.span.start)
    previous = date_starts[k - 1] if k > 0 else 0
    return max(previous, open_at - BRACKET_PLACE_REACH), open_at


def build_event(doc: Document, index: Nouns, noun: NounMention, noun_bounds, mention: DateMention, bounds,
                 date_starts: list[int]) -> Event:
    """One event from its noun and date: O(log n) lookups into what the document's ranges offer."""
    i = bisect.bisect_right(date_starts, mention.span.end)
    stop = date_starts[i] if i < len(date_starts) else None  # the next date: its place and time are its own
    here = _range(doc, bounds)
    there = _range(doc, noun_bounds) if noun_bounds != bounds else here
    found, starts = (here.addresses, here.address_starts) if here.addresses else (there.addresses, there.address_starts)
    address = None
    if found:
        k = bisect.bisect_left(starts, mention.span.end)
        address = found[k] if k < len(found) and (stop is None or starts[k] < stop) else found[0]
    part = own_part(doc, noun, bounds, mention.span.start, date_starts) if bounds[0] <= noun.start < bounds[1] else bounds
    side = day_side(doc, noun, part, mention.span.start) if part[0] <= noun.start < part[1] else None
    if side is not None and any_venue_in(here.venues, side):
        part = side  # "…, bet Liepās tas būs 1. janvārī": the venue on the day's side of the contrast
    # the venue kept to the part, without the noun's adjective, cut at the noun, without a purpose
    # clause's venues and an office's seat: read near the noun and the date, not filtered whole per event
    place = pick_kept_venue(doc, here.venues, None if part == bounds else part, noun,
                            after=mention.span.end, stop=stop, before=_bracketed(doc, mention, date_starts))
    if place is None and there is not here:
        place = places.pick_venue(there.venues)
    start_time, end_time = (own_line_time(doc, noun, (mention.span.start, mention.span.end), _event_times(doc))
                            or _range_hours(doc, mention)  # "no 23. jūnija plkst. 20.00 līdz 24. jūnija plkst. 4.30"
                            or led_time(doc, noun, mention.span.end, stop, _event_times(doc))  # "plkst. 18.00 Sv. Mise"
                            or time_in(doc, bounds, mention.span.end, stop, noun.kind))
    if start_time is None:
        start_time, end_time = bare_hours_after(doc, mention)
    if start_time is None:
        start_time, end_time, hour_clause = _time_in_next_clause(doc, bounds, date_starts, noun, mention.end is None)
        retold = [n.kind for n in index.all_in(hour_clause)] if hour_clause is not None else []
        if place is None and retold and noun.kind not in generic_types() \
                and all(kind in generic_types() for kind in retold):
            # "… aicināts uz Ražas svētkiem. Pasākums sāksies plkst. 10 pie kultūras nama «Kalns»": the
            # clause that gives the hour gives the venue too, when it names the occurrence again by the
            # generic word only ("Pēc koncerta – balle. Plkst. 22 estrādē sāksies zaļumballe": the dance's
            # own; "pilsētās un pagastos notiks pasākumi. Ogrē plkst. 17 …": one town's item of many)
            place = places.pick_venue(without_own_noun(doc, without_noun_adjective(
                doc, _range(doc, hour_clause).venues, noun), noun))
    # A neighbour's habitual present ("notiek katru gadu") tells no tense of this day: the day's own clause does.
    own_first = noun_bounds != bounds and habitual(doc, noun_bounds)
    status = (own_first and status_near(doc, bounds, mention.span.start)) or status_near(doc, noun_bounds, noun.start) \
        or status_near(doc, bounds, mention.span.start)
    if noun_bounds == bounds:
        span = doc.span(min(noun.start, mention.span.start), max(noun.end, mention.span.end))
    else:
        span = doc.span(noun.start, noun.end)
    title = noun_title(doc, noun)
    start, end = listed_run(doc, mention, date_starts) or (mention.value, mention.end)  # "7., 8., 9.04."
    return Event(
        type=_named_kind(doc, index, noun, title), title=title, start=start, end=end,
        start_time=start_time, end_time=end_time, place=place,
        address=address.group(0) if address else None, status=status, span=span,
    )


# What may stand between a range's last day and its closing hour ("24. jūnija plkst. 4.30").
_CLOSING_HOUR_GAP = 16


def _range_hours(doc: Document, mention: DateMention) -> tuple[str, str | None] | None:
    """A range of days whose first day carries its hour inside the mention and whose last day
    its own after it: the first is the start, the second the end (not the start, as the first
    time after the mention would be). O(log n) by bisection."""
    if mention.end is None:
        return None
    starts, times = _event_times(doc)
    i = bisect.bisect_right(starts, mention.span.start)
    if i >= len(starts) or times[i][1] > mention.span.end:
        return None
    opening = times[i]
    j = bisect.bisect_left(starts, mention.span.end)
    closing = times[j] if j < len(starts) and starts[j] - mention.span.end <= _CLOSING_HOUR_GAP else None
    return opening[2], closing[2] if closing else opening[3]


# A listing's span of hours written right after the day without the word "plkst." ("24. februārī
# 12–21 Liepājā …", "3. maijā 10.00–14.00"): the occurrence's own times, not the next clause's.
BARE_HOURS = re.compile(rf"[ \t,]*({CLOCK_HOUR})(?:[:.]({MINUTE}))?[ \t]*[–-][ \t]*({CLOCK_HOUR})(?:[:.]({MINUTE}))?(?![\d.]|,\d)")


def bare_hours_after(doc: Document, mention: DateMention) -> tuple[str | None, str | None]:
    m = BARE_HOURS.match(doc.text, mention.span.end)
    if m is None or mention.end is not None or int(m.group(1)) >= int(m.group(3)):
        return None, None
    return clock(m.group(1), m.group(2)), clock(m.group(3), m.group(4))


# How many clauses after the date's a clause that names the occurrence again may give its clock time.
TIME_ANAPHORA_REACH = 3


def _retold_after_break(doc: Document, bounds, lead: str) -> tuple[int, int] | None:
    """The first clause of the next paragraph when it opens by naming the occurrence again as its
    subject ("Koncerts sāksies …"): a paragraph break does not part an occurrence from its hour
    told there. Only one blank line between. O(1)."""
    i = doc.sentence_index(bounds[1] - 1)
    if i is None or i + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[i + 1]
    gap = doc.text[bounds[1]:nxt.start]
    if gap.count("\n") > 2 or not re.match(rf"\W*{re.escape(lead)}\w{{0,4}}(?!\w)", doc.text[nxt.start:nxt.start + 40], re.IGNORECASE):
        return None
    return layout(doc).clause_bounds(nxt.start)


@lru_cache(maxsize=1)
def _retold_by() -> re.Pattern | None:
    """The generic words that tell a named night again ([feasts] retold_by), opening a word; built once."""
    words = vocabulary()["feasts"].get("retold_by", ())
    return re.compile(rf"(?<!\w)(?:{literals(words)})", re.IGNORECASE) if words else None


def _generic_retells(doc: Document, clause: tuple[int, int], noun: NounMention) -> bool:
    """A named night typed over the generic word ("muzeju nakts pasākumu") retold by that word in a
    later clause ("Pasākuma laikā no plkst. 19.00 …"; events.toml [feasts] over_generic, retold_by)."""
    if noun.kind not in vocabulary()["feasts"].get("over_generic", ()) or _retold_by() is None:
        return False
    return _retold_by().search(doc.text[clause[0]:clause[1]]) is not None


def _time_in_next_clause(doc: Document, bounds, date_starts: list[int],
                         noun: NounMention, one_day: bool = False) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """"… no 17. līdz 26. martam. Nodarbības notiks no plkst. 10.00 līdz 12.00.": the next clause, if it
    dates nothing else; or a later one of the paragraph that names the occurrence again ("18. maijā
    muzejs gaidīja uz pasākumu. Tēma … . Pasākuma laikā no plkst. 19.00 līdz 22.00 …")."""
    words = re.findall(r"\w+", doc.text[noun.start:noun.end])  # the head is the last word
    lead = words[-1].lower()[:max(4, len(words[-1]) - 2)] if words else None
    nxt = bounds
    for step in range(TIME_ANAPHORA_REACH):
        following = layout(doc).neighbour_clause(nxt, 1)
        if following is None and step == 0 and lead:
            following = _retold_after_break(doc, nxt, lead)  # "… notiks koncerts.\n\nKoncerts sāksies plkst. 19."
        nxt = following
        if nxt is None or any_between(date_starts, nxt):
            return None, None, None
        named_again = lead and re.search(rf"(?<!\w){re.escape(lead)}", doc.text[nxt[0]:nxt[1]], re.IGNORECASE) \
            or _generic_retells(doc, nxt, noun)
        # A one-day occurrence has no weekly routine: "Trešdienās plkst. 18 …" is another's hour.
        if step == 0 and not named_again and names_other(doc, nxt, noun):
            return None, None, None  # "Tajā pašā dienā notiks izstāde …": the next clause's hour is its own
        if (step == 0 or named_again) and not (one_day and routine_clause(doc, nxt)):
            found = time_in(doc, nxt, nxt[0], kind=noun.kind)
            if found[0] is not None:
                return found[0], found[1], nxt
    return None, None, None
