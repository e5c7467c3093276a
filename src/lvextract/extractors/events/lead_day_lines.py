"""Day lines under a lead that names the occurrence: a heading or a sentence naming one kind of
occurrence ("Sacensības notiks trešdienās Ozolu parkā." / "Kausa posmu kalendārs"), then lines that
each open with a day and name no occurrence of their own ("• 14. jūnijs", "25.05. Ozoli",
"Jūlijs – 3., 10., 17.;"), maybe after a short label and a spaced dash (its town or topic: "- Ozolos –
12. martā", "• Vide un daba – 26. augusts"). Each day is one occurrence of the lead's noun (RECORD.md: occurrences on
separate days of one series are one event each).

The run is the day lines right under the lead, blank lines between them allowed; a day line naming
an occurrence of its own is an item of the list that the walk dates, the run goes on past it; the
run stops at the first line that opens with no day (prose, a new heading). The lead is the nearest
non-blank line above the run: it holds no day of its own (a dated sentence is the walk's) and its
event nouns are of one kind, not the plainest generic word ("Pasākumi" heads a section's calendar;
"Nodarbības bērniem" over its days is a class a day). A day that dates an event already keeps it
(the walk, announced_list and schedule_rows read colon leads with venues and hours); at least
FEWEST_DAYS days must be left, else the list is no series told by its days.
O(lines + days · log n): each line is looked at once, its days found by bisection."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import lines_from
from ...record import DateMention, DateRole, Event, Record
from ...temporal import vocabulary as temporal_vocabulary
from .dating import DAY_VALUE
from .lexicon import literals, plainest_types
from .nouns import noun_starts
from .ranking import Nouns
from .status import status_near

# A day line is short; a longer one is prose that happens to open with a day.
LONGEST_DAY_LINE = 90
# A lead is a heading or the paragraph line right above; a page's long paragraph still counts.
LONGEST_LEAD = 400
FEWEST_DAYS = 2
# A label before a line's day (its town or topic) is a few words; more is prose.
LONGEST_LABEL_WORDS = 5
# A sentence stop inside a day line, as prose has ("… 5. maijā. Dalībnieki …").
_INNER_STOP = re.compile(r"[^\W\d_]{3}[.!?][ \t]+[^\W\d_]")


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """What may stand before a day line's first day: a bullet, a weekday ("Sestdien, "), a
    schedule's month before its bare days ("Jūlijs – "), or a short label told before its day by a
    spaced dash — the item's town or topic ("Ozolos – 12. martā", "Vide un daba – 26. augusts"): a
    table's row (place | day) flattened to a line; no digit in it, no sentence stop."""
    weekdays = literals(sorted(temporal_vocabulary.weekday_names()))
    months = literals(temporal_vocabulary.month_nominatives())
    label = rf"[^\W\d_][^\W\d_ ,()\"“”„«»'-]*(?:[ ,]+[^\W\d_()\"“”„«»'-]+){{0,{LONGEST_LABEL_WORDS - 1}}}\s+[–—-]\s*"
    return re.compile(rf"[\s•*·▪►✓–—-]*(?:{label})?(?:(?:{weekdays}),?\s*|(?:{months})\s*[–—:-]\s*)?",
                      re.IGNORECASE)


def lead_day_lines(doc: Document, index: Nouns, record: Record, first_mention: dict[int, DateMention]) -> None:
    text = doc.text
    days = sorted(((d.span.start, k, d) for k, d in enumerate(record.dates)
                   if d.relative is None and DAY_VALUE.match(d.value or "")
                   and d.role not in (DateRole.deadline.value, DateRole.document.value)), key=lambda x: x[:2])
    if len(days) < FEWEST_DAYS:
        return
    starts = [s for s, _, _ in days]
    dated = {e.start for e in record.events if e.start}
    opening = _opening()
    any_noun = noun_starts(doc)  # any event noun in any case: a day line holding one is an item of its own
    run: list[DateMention] = []
    lead: tuple[int, int] | None = None  # the last non-blank line that is no day line
    for line_start, line_end in lines_from(text, 0):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        own = _day_line_days(text, line_start, line_end, days, starts, opening)
        if own:
            # A day line naming its own occurrence ("• 18. jūnijs – Ozolu kauss") is an item of the
            # same list, dated by the walk: the bare days after it still belong to the lead.
            k = bisect.bisect_left(any_noun, line_start)
            if k == len(any_noun) or any_noun[k] >= line_end:
                run.extend(own)
            continue
        _close(doc, index, record, first_mention, lead, run, dated, starts)
        run = []
        lead = (line_start, line_end)
    _close(doc, index, record, first_mention, lead, run, dated, starts)


def _day_line_days(text: str, start: int, end: int, days, starts: list[int], opening: re.Pattern) -> list[DateMention]:
    """The days of a short line that opens with a day, else []."""
    if end - start > LONGEST_DAY_LINE or _INNER_STOP.search(text, start, end):
        return []
    k = bisect.bisect_left(starts, start)
    own = [d for s, _, d in days[k:bisect.bisect_left(starts, end)]]
    if not own or opening.fullmatch(text, start, own[0].span.start) is None:
        return []
    return own


def _close(doc: Document, index: Nouns, record: Record, first_mention: dict[int, DateMention],
           lead: tuple[int, int] | None, run: list[DateMention], dated: set[str], starts: list[int]) -> None:
    """The run's days that date nothing yet become occurrences of the lead's one kind."""
    if lead is None or len(run) < FEWEST_DAYS or lead[1] - lead[0] > LONGEST_LEAD:
        return
    k = bisect.bisect_left(starts, lead[0])
    if k < len(starts) and starts[k] < lead[1]:
        return  # a dated sentence: its day and noun are the walk's
    plainest = plainest_types()
    nouns = [n for n in index.all_in(lead) if n.kind not in plainest]
    if len({n.kind for n in nouns}) != 1:
        return
    free = [d for d in run if d.value not in dated]
    if len(free) < FEWEST_DAYS:
        return
    noun = nouns[0]
    status = status_near(doc, lead, noun.start)
    for mention in free:
        event = Event(type=noun.kind, title=None, start=mention.value, end=mention.end, status=status,
                      span=doc.span(mention.span.start, mention.span.end))
        record.events.append(event)
        first_mention[id(event)] = mention
        dated.add(mention.value)
        mention.role = DateRole.event.value
