"""A later day told as an occurrence's own n-th day, the day and the apposition side by side ("19. aprīlī
sākās konference … 20. aprīlī, konferences otrajā dienā, dalībnieki …", "20. aprīlī, nākošajā
konferences dienā, …", "Konferences otrajā dienā, 20. aprīlī, …"): the occurrence's `end` (RECORD.md:
one occurrence over several days is one event with `end`), not a second occurrence of its kind on that
day. Another kind dated there stays its own ("…, konferences otrajā dienā, notika ekskursija"). An
apposition naming no kind ("Otrajā dienā, 20. aprīlī, pasākumam pievienosies …") tells a day of the
range told last before it that holds the day: the generic word there is that occurrence again.
Only when the text dated that kind's first day a few days before (events.toml [nth_day]). Each date's
apposition is read once, its noun found by bisection over the event nouns; a day with an apposition
looks over the record's events: O(dates + appositions · events), the appositions few (identical events
merge before, so a text repeating one apposition keeps one event)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from ...word_regex import alternation
from .dating import as_date
from .lexicon import generic_types, vocabulary
from .nouns import event_nouns, noun_starts

# How far the apposition may run from the day (its words: an ordinal, a genitive, "dienā").
REACH = 60


def _phrase() -> str:
    data = vocabulary()["nth_day"]
    return rf"(?:[^\W\d_]+[ \t]+)?(?:{alternation(data['ordinals'])})[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{alternation(data['days'])})(?![^\W\d_])"


@lru_cache(maxsize=1)
def _after_day() -> re.Pattern:
    return re.compile(rf"[ \t]*,[ \t]*({_phrase()})[ \t]*,", re.IGNORECASE)


@lru_cache(maxsize=1)
def _before_day() -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])({_phrase()})[ \t]*,[ \t]*$", re.IGNORECASE)


def _apposition(doc: Document, mention: DateMention) -> tuple[int, int] | None:
    """Where the day's n-th-day apposition stands, right after the day or right before it."""
    after = _after_day().match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + REACH))
    if after is not None:
        return after.span(1)
    before = _before_day().search(doc.text, max(0, mention.span.start - REACH), mention.span.start)
    return before.span(1) if before is not None else None


def _kinds_in(doc: Document, bounds: tuple[int, int]) -> set[str]:
    nouns, starts = event_nouns(doc), noun_starts(doc)
    lo, hi = bisect.bisect_left(starts, bounds[0]), bisect.bisect_left(starts, bounds[1])
    return {n.kind for n in nouns[lo:hi]}


def _covers(event, day) -> bool:
    last = as_date(event.end or "")
    return last is not None and last >= day


def _told_before(event, mention: DateMention, first_mention: dict[int, DateMention]) -> bool:
    told = first_mention.get(id(event))
    return told is not None and told.span.start < mention.span.start


def join_nth_days(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    """Make each day told as an earlier dated occurrence's n-th day that occurrence's `end`; drop the
    same kind's events that day or its apposition made (the grammar reads "konferences nākamajā
    dienā" as the day after on its own)."""
    most = int(vocabulary()["nth_day"]["most_days_after"])
    gone: set[int] = set()
    for mention in record.dates:
        day = as_date(mention.value or "")
        if day is None or mention.end is not None or mention.relative is not None:
            continue
        where = _apposition(doc, mention)
        if where is None:
            continue
        kinds = _kinds_in(doc, where)
        firsts = [e for e in record.events if (e.type in kinds or not kinds) and id(e) not in gone and e.start
                  and e.start[:4] == mention.value[:4] and as_date(e.start) is not None
                  and 0 < (day - as_date(e.start)).days <= most and _told_before(e, mention, first_mention)
                  and (not kinds or e.type not in generic_types()) and (kinds or _covers(e, day))]
        # "Otrajā dienā, 20. aprīlī, pasākumam pievienosies …" names no kind: the day is the n-th of the
        # occurrence told last before it whose range holds it (a lone day is extended only by its kind:
        # "Pirmajā dienā notika seminārs. Otrajā dienā, …" may tell of a trip's days)
        first = max(firsts, key=lambda e: (_covers(e, day), first_mention[id(e)].span.start), default=None)
        if first is None:
            continue
        if not _covers(first, day):
            first.end = mention.value
        # the same kind that day, or the generic word there, tells that occurrence again
        again = {first.type} | (set(generic_types()) if not kinds else set())
        for e in record.events:
            told = first_mention.get(id(e))
            if e is first or e.type not in again or told is None:
                continue
            if told is mention or (e.start == mention.value and e.end is None) or where[0] <= told.span.start < where[1]:
                gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]
