"""An occurrence timed from another one by "pēc" / "pirms" and that one's noun, in a sentence with no
date of its own ("Savukārt pusstundu pēc sēdes plānota preses konference."; "… tiešraide no preses
konferences, kurā pēc valdības sēdes sniedza informāciju"): it is on the day of the occurrence so
named, the last one of that kind told before. The noun after the preposition only says when (the
walk ranks it a time reference), so the day needs a reader of its own.
Not the named occurrence again ("pēc koncerta koncerta dalībnieki …"), nor one past another day's
date, nor far from the day.
O((sentences + anchors) · log n)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from .added_events import add_event
from .generic_retold import retold_kind, told_ends
from .dating import DAY_VALUE
from .lexicon import is_contest_kind, literals, vocabulary
from .offsets import any_between
from .ranking import Nouns

# How far after the named occurrence's day the timed sentence may stand (the next sentence or two).
CHARACTERS_REACH = 600
# How far before the anchor noun the preposition may stand (two words between: "pēc valdības sēdes").
PREPOSITION_REACH = 40


@lru_cache(maxsize=1)
def _preposition() -> re.Pattern:
    words = literals(vocabulary()["after_other"]["prepositions"])
    # Not a relative ("pēc kuras notiks balle", "pēc tam"): then_told reads those.
    relatives = literals(vocabulary()["after_other"]["not_after"])
    return re.compile(rf"(?<!\w)(?:{words})\s+(?!(?:{relatives})(?!\w))(?:[^\W\d_]+\s+){{0,2}}$",
                      re.IGNORECASE)


def after_other(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                by_key: dict, record: Record) -> None:
    dated = [e for e in record.events if e.start and e.end is None and e.span is not None
             and DAY_VALUE.match(e.start)]
    if not dated:
        return
    days = sorted((m for m in candidates if m.end is None and m.value and DAY_VALUE.match(m.value)),
                  key=lambda m: m.span.start)
    day_starts = [m.span.start for m in days]
    # each kind's dated events in text order, looked up by bisection: O(log n) per anchor
    by_kind: dict[str, list] = {}
    for e in sorted(dated, key=lambda e: e.span.end):
        by_kind.setdefault(e.type, []).append(e)
    kind_ends = {kind: [e.span.end for e in events] for kind, events in by_kind.items()}
    ends, kinds = told_ends(by_kind)  # all kinds at once, for the generic word (generic_retold)
    text = doc.text
    for sentence in doc.sentences:
        bounds = (sentence.start, sentence.end)
        if any_between(date_starts, bounds):
            continue  # a sentence with a date of its own is the walk's
        nouns = index.all_in(bounds, told=True)
        for anchor in nouns:
            # "Tūlīt pēc pasākuma … atpūtas vakaru": the generic word retells the occurrence told last.
            kind = anchor.kind if anchor.kind in by_kind else retold_kind(anchor, ends, kinds)
            if kind is None or not _preposition().search(
                    text, max(bounds[0], anchor.start - PREPOSITION_REACH), anchor.start):
                continue
            j = bisect.bisect_right(kind_ends[kind], anchor.start) - 1
            if j < 0:
                continue
            named = by_kind[kind][j]  # the last one of that kind told before
            k = bisect.bisect_left(day_starts, anchor.start) - 1
            # The day right before must be the named occurrence's own: another day between starts another item.
            if k < 0 or days[k].value != named.start or anchor.start - days[k].span.end > CHARACTERS_REACH:
                continue
            count = len(record.events)
            # A contest's kind words and named contests ([contest_kind], as merging.join_contest_kinds
            # reads them) retell one another ("Pirms sacensībām jāuzrāda karte, dalība čempionātā
            # jāpiesaka …": the same contest), so after one of them none of the others is a second
            # occurrence.
            contest = is_contest_kind(anchor.kind)
            add_event(doc, index, bounds, days[k], date_starts, by_key, record,
                      narrow=lambda found: [n for n in found if n.kind != anchor.kind
                                            and not (contest and is_contest_kind(n.kind))])
            for event in record.events[count:]:
                event.status = event.status or named.status
            if len(record.events) > count:
                break
