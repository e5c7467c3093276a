"""A day named by pointing back: "5. maijā ir Mātes diena. Ozolmuižā šajā dienā notiks koncerts" —
"šajā dienā" / "tajā dienā" is the day the text last named, and the occurrence of its own clause
takes that day. Only a noun of the pointing clause itself counts (no headline or neighbour is asked:
"tieši šajā dienā autoram būtu apritējuši 90 gadi" dates nothing). O(n) for the pattern, O(log n)
per match. A part of the day opening a later clause ("Vakarā – balle") points back the same way,
but only to a day an occurrence was told on (part_days)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...word_regex import alternation, gated_finditer
from ...document import Document
from ...layout import layout
from ...record import DateMention
from ...temporal.vocabulary import calendar_words
from .dating import DAY_VALUE
from .lexicon import literals, needs_time_types, vocabulary
from .month_case import in_nominative
from .next_day import next_days
from .parts import build_event
from .ranking import Nouns, frames_person_or_thing, is_frame
from .verbs import decides
from .report_evening import REPORT_SENTENCES_BACK, narrated_day, recalls_past, same_report

# How many sentences back the day pointed to may stand ("… 5. maijā. Šajā dienā …"); a programme told
# between (its opening item, a jubilee in passing) may put one more sentence before the pointer.
SENTENCES_BACK = 3


@lru_cache(maxsize=1)
def _pointer() -> re.Pattern:
    words = literals(vocabulary()["day_anaphora"]["words"])
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+pašā|\s+pašai)?\s+dienā(?!\w)", re.IGNORECASE)


def pointed_days(doc: Document, candidates: list[DateMention]) -> list[DateMention]:
    """A date mention for each "šajā dienā" whose day the text named just before (one of the dates
    that may date an occurrence), spanning the pointing words."""
    if not candidates:
        return []
    # Only a day is pointed to: a month told between ("Klasiķim maijā aprit 100 gadi. … šajā dienā")
    # names no day and stands in no way of the one before it.
    days = sorted((d for d in candidates if d.end is None and d.value and DAY_VALUE.match(d.value)),
                  key=lambda d: d.span.start)
    starts = [d.span.start for d in days]
    found = []
    for m in gated_finditer(_pointer(), doc.text):
        k = bisect.bisect_left(starts, m.start()) - 1
        if k < 0 or days[k].span.end > m.start() or _names_the_day(days[k]):
            continue
        here, there = doc.sentence_index(m.start()), doc.sentence_index(days[k].span.start)
        if here is None or there is None or not 0 < here - there <= SENTENCES_BACK:
            continue  # the same sentence's own date is the clause's already
        found.append(DateMention(value=days[k].value, end=None, anchored=days[k].anchored,
                                 relative=days[k].relative, span=doc.span(m.start(), m.end())))
    return found + next_days(doc, candidates)  # "… 4. jūlijā. Nākamajā dienā …": the 5th


@lru_cache(maxsize=1)
def _range_pointer() -> re.Pattern:
    words = literals(vocabulary()["day_anaphora"]["range_words"])
    return re.compile(rf"(?<!\w)(?:{words})\s+dienās(?!\w)", re.IGNORECASE)


def pointed_ranges(doc: Document, candidates: list[DateMention]) -> list[DateMention]:
    """"No 17. līdz 20. janvārim … viesojās partneri. … Šajās dienās notika tikšanās": the plural
    points back to the range of days the text dated last, so the occurrence of its clause spans that
    range. Only when that range is the last date before the pointer (a single day told after it
    would be the one meant) and it stands within a report's reach (a visit's days are told over a
    paragraph or two)."""
    dated = sorted((d for d in candidates if d.value and DAY_VALUE.match(d.value)), key=lambda d: d.span.start)
    starts = [d.span.start for d in dated]
    found = []
    for m in gated_finditer(_range_pointer(), doc.text):
        k = bisect.bisect_left(starts, m.start()) - 1
        if k < 0 or dated[k].end is None or not DAY_VALUE.match(dated[k].end) or dated[k].span.end > m.start():
            continue
        here, there = doc.sentence_index(m.start()), doc.sentence_index(dated[k].span.start)
        if here is None or there is None or not 0 < here - there <= REPORT_SENTENCES_BACK:
            continue
        found.append(DateMention(value=dated[k].value, end=dated[k].end, anchored=dated[k].anchored,
                                 relative=dated[k].relative, span=doc.span(m.start(), m.end())))
    return found


@lru_cache(maxsize=1)
def _day_part() -> re.Pattern:
    data = vocabulary()["day_part_anaphora"]
    words = alternation(data["words"] + data["far_words"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


# How many sentences back the occurrence "pasākuma izskaņā" closes may have been dated.
FAR_SENTENCES_BACK = 4


@lru_cache(maxsize=1)
def _far_words() -> frozenset[str]:
    return frozenset(vocabulary()["day_part_anaphora"]["far_words"])


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(vocabulary()["day_part_anaphora"]["openers"])


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(f for forms in calendar_words()["weekdays"].values() for f in forms)


def _opens_clause(prefix: str) -> bool:
    """Whether the sentence's text before a part of the day leaves it the clause's own time:
    nothing or openers only ("Savukārt vakarā"), or a clause ended by a comma or a dash ("…,
    bet vakarā"). A weekday or any other word right before it names the day it belongs to."""
    words = re.findall(r"[^\W\d_]+", prefix.lower())
    if " ".join(words) in _openers() or not words:
        return True
    if _weekdays() & set(words):
        return False
    tail = prefix.rstrip()
    k = len(words)
    while k and words[k - 1] in _openers():
        tail = tail[:tail.lower().rfind(words[k - 1])].rstrip()
        k -= 1
    return tail.endswith((",", ";", "–", "—", "-", ":"))


def part_days(doc: Document, candidates: list[DateMention], event_days: set[str],
              held_days: frozenset[str] = frozenset()) -> list[DateMention]:
    """"6. maijā notiks koncerts. Vakarā – balle": a part of the day opening a clause of a later
    sentence with no date of its own takes the day named just before, when an occurrence was told
    on that day (else "Pieteikties līdz 5. maijam. Vakarā …" would date the evening)."""
    days = sorted((d for d in candidates if d.end is None), key=lambda d: d.span.start)
    starts = sorted(d.span.start for d in candidates)
    day_starts = [d.span.start for d in days]
    # A text telling one day only ("Šo sestdien, 7. maijā, notiks mākslas dienas. … Dienas noslēgumā
    # … koncerts"): its later paragraphs turn to no other day, so its programme is read on as a report's.
    sole = len({d.value for d in days if DAY_VALUE.match(d.value or "")}) == 1
    found = []
    for m in gated_finditer(_day_part(), doc.text):
        k = bisect.bisect_left(day_starts, m.start()) - 1
        narrated = k >= 0 and narrated_day(doc, days[k])
        if k < 0 or (days[k].value not in event_days and not narrated) or _names_the_day(days[k]) \
                or recalls_past(doc, m.start()):  # "Vakara gaitā atskatījāmies uz …": past ones recalled
            continue
        here, there = doc.sentence_index(m.start()), doc.sentence_index(days[k].span.start)
        reach = FAR_SENTENCES_BACK if m.group(0).lower() in _far_words() else SENTENCES_BACK
        if (days[k].value in held_days or narrated or sole) and same_report(doc, days[k].span.end, m.start()):
            reach = max(reach, REPORT_SENTENCES_BACK)  # a held day's own report, or the one day told, read on
        # Also a later clause of the day's own sentence: "… notiks rokkoncerts, bet vakarā kultūras
        # namā varēs apmeklēt koncertu" (the clause opening is asked below).
        if here is None or there is None or not 0 <= here - there <= reach:
            continue
        sentence = doc.sentences[here]
        j = bisect.bisect_left(starts, max(sentence.start, days[k].span.end))
        if j < len(starts) and starts[j] < sentence.end:
            continue  # the sentence dates itself (besides the day, in the day's own sentence)
        # In the day's own sentence, only what follows the day: its weekday is no other day's.
        if not _opens_clause(doc.text[max(sentence.start, days[k].span.end):m.start()]):
            continue
        found.append(DateMention(value=days[k].value, end=None, anchored=days[k].anchored,
                                 relative=days[k].relative, span=doc.span(m.start(), m.end())))
    return found


def _names_the_day(mention: DateMention) -> bool:
    """"1. maijs – Darba svētki. Šajā dienā daudzviet notiek koncerti": a calendar's day line names
    a day (the nominative); what "šajā dienā" tells under it is the custom, not one occurrence."""
    return in_nominative(mention)


def pointed_events(doc: Document, index: Nouns, pointers: list[DateMention], date_starts: list[int],
                   after: bool = False):
    """(event, mention) for each pointed day whose own clause names an occurrence; with `after`,
    named after the pointing words ("…, bet vakarā … koncertu": not the noun before "bet")."""
    for mention in pointers:
        clause = layout(doc).clause_bounds(mention.span.start)
        if clause is not None and after:
            clause = (max(clause[0], mention.span.start), clause[1])
        if clause is None or decides(doc, index, clause, mention):
            continue
        noun = index.nearest(clause, mention)
        if noun is None or is_frame(doc, noun) or frames_person_or_thing(doc, noun):
            continue
        event = build_event(doc, index, noun, clause, mention, clause, date_starts)
        if event.type not in needs_time_types() or event.start_time is not None:
            yield event, mention
