"""An occurrence told in a later sentence of a dated day, with no date of its own: "5. maijā Liepu
pagastā notiks piemiņas pasākums. Norisināsies ziedu nolikšanas ceremonija pie pieminekļa.";
"Sestdien, 7. decembrī, notika Ziemassvētku sarīkojums. Foajē darbojās tirdziņš. Koncertā dejoja
Lazdu skolas kolektīvs." The later sentence's first clause is one of:
- a verb of taking place at its start, maybe after an opener (report_items' vocabulary), on a day
  told only by the generic word — report_items.py leaves such days alone, for there a part told in
  the day's own sentence ("Pasākums sākās ar koncertu") would stand for the occurrence;
- on such a day too, a verb of taking place (or of a fair's or a workshop's running, [later_items]
  verbs) after a few words of where or when ("Rīta pusē baznīcā notiks dievkalpojums", "Foajē
  darbojās tirdziņš"), not of another time ("Iepriekšējā vakarā notiks mēģinājums"); on a day told
  by a specific occurrence these tell its own course ("Dienā norisināsies arī sporta spēles");
- on a day told by a specific occurrence (a feast), an event noun in the locative opening it, right
  before a verb of performing or taking part ("Koncertā uzstājās …", "Ballē spēlēs grupa …"): that
  occurrence took place. After the generic word it retells the day's own occurrence
  ("… notika pasākums. Koncertā uzstājās vīru koris").
The sentence stands in the day's paragraph or the next one, within report_items' reach, no other
day between. Not on a day held only as a sitting of work (a seminar's, a visit's later items are
its parts: report_items' sessions). The generic occurrence stays beside what is added
(RECORD.md keeps "pasākums" where nothing more specific is said in its own sentence or the one
announcing it), so the items are returned as the day's parts for drop_generic_twins.
O(sentences · log dates)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian.places import LOCATIVE_ENDINGS
from ...layout import paragraph_starts
from ...record import DateMention, Record
from .added_events import add_event
from .dating import DAY_VALUE
from .lexicon import generic_types, spaced_literals, vocabulary
from .offsets import any_between
from .other_time import of_other_time
from .parts import QUOTED, time_in
from .ranking import Nouns
from .report_items import CHARACTERS_REACH, clause_end, report_clauses, report_patterns, session_days, year_only


@lru_cache(maxsize=2)
def _shapes(status: str) -> tuple[re.Pattern, re.Pattern]:
    data, report = vocabulary()["later_items"], vocabulary()["report_items"]
    own = data[status]
    verbs = [*(report["verbs"] if status == "held" else report["planned"]["verbs"]), *own["verbs"]]
    # A few lower-case or capitalised words of where or when, no digit, no punctuation, before the verb.
    led = re.compile(rf"[\s•*–-]*(?:[^\W\d_]+\s+){{1,{data['lead_words']}}}?(?:{spaced_literals(verbs)})(?:\s+arī)?\s+",
                     re.IGNORECASE)
    performed = re.compile(rf"\s*(?:{spaced_literals(own['performed'])})(?!\w)", re.IGNORECASE)
    return led, performed


def later_items(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                by_key: dict, record: Record) -> set[int]:
    """The ids of the events added."""
    added: set[int] = set()
    # (what bounds an item's reach is the same for either status: found once)
    stops = sorted(d.span.start for d in record.dates if not year_only(d))
    paragraphs = paragraph_starts(doc.text)
    for status in ("held", "planned"):
        added |= _items(doc, index, candidates, date_starts, by_key, record, status, stops, paragraphs)
    return added


def _days(record: Record, status: str) -> tuple[set[str], set[str]]:
    """The days told only generically, and those told by a specific occurrence (sittings aside)."""
    generic = generic_types()
    told = [e for e in record.events if e.status == status and e.start and e.end is None]
    specific = {e.start for e in told if e.type not in generic}
    return {e.start for e in told if e.type in generic} - specific, specific - session_days(record, status)


def _performed_noun(doc: Document, index: Nouns, clause: tuple[int, int], performed: re.Pattern):
    """"Koncertā uzstājās …": the event noun opening the clause (one word may stand before it, an
    adjective or a genitive) right before a verb of performing, past its quoted name."""
    nouns = index.all_in(clause)
    if not nouns:
        return None
    noun = nouns[0]
    lead = doc.text[clause[0]:noun.start].split()
    if len(lead) > 1 or not doc.text[noun.start:noun.end].lower().endswith(LOCATIVE_ENDINGS):
        return None
    if lead and lead[0].lower() in _pointing_back():
        return None  # "Šajā tūrē piedalīsies eksperti": the day's own occurrence retold, no other one
    after = noun.end
    gap = len(doc.text[after:clause[1]]) - len(doc.text[after:clause[1]].lstrip())
    quoted = QUOTED.match(doc.text, after + gap, clause[1]) if gap else None
    if quoted is not None:
        after = quoted.end()
    return noun if performed.match(doc.text, after, clause[1]) else None


@lru_cache(maxsize=1)
def _pointing_back() -> frozenset[str]:
    return frozenset(vocabulary()["pointed_frame"]["words"])  # the demonstratives pointed_frame reads


@lru_cache(maxsize=1)
def _other_day_words() -> tuple[str, ...]:
    return tuple(vocabulary()["later_items"]["other_day"])


def _other_day_lead(lead: str) -> bool:
    """A lead naming another time than the day ("Iepriekšējā vakarā notiks mēģinājums")."""
    return any(w.lower().startswith(_other_day_words()) for w in lead.split())


def _items(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
           by_key: dict, record: Record, status: str, stops: list[int], paragraphs: list[int]) -> set[int]:
    generic_days, specific_days = _days(record, status)
    wanted = generic_days | specific_days
    days = sorted((m for m in candidates if m.end is None and m.value in wanted
                   and DAY_VALUE.match(m.value)), key=lambda m: m.span.start)
    if not days:
        return set()
    day_starts = [m.span.start for m in days]
    opens, _began = report_patterns(status)
    led, performed = _shapes(status)
    added: set[int] = set()
    for sentence in doc.sentences:
        # Only a sentence of its own: in the day's sentence the specific noun is the same occurrence.
        if sentence.start <= day_starts[0] or any_between(date_starts, (sentence.start, sentence.end)):
            continue
        k = bisect.bisect_right(day_starts, sentence.start) - 1
        day = days[k]
        if sentence.start - day.span.end > CHARACTERS_REACH or any_between(stops, (day.span.end, sentence.start)):
            continue
        # A paragraph about something else between: the day's paragraph and the next one only.
        if bisect.bisect_right(paragraphs, sentence.start) - bisect.bisect_right(paragraphs, day.span.start) > 1:
            continue
        clause = next(report_clauses(doc, (sentence.start, sentence.end)))
        item = None
        if day.value in generic_days:
            opened = opens.match(doc.text, *clause) or led.match(doc.text, *clause)
            if opened is not None and not _other_day_lead(doc.text[clause[0]:opened.end()]):
                item = (opened.end(), clause_end(doc.text, opened.end(), sentence.end))
        else:
            noun = _performed_noun(doc, index, clause, performed)
            if noun is not None:
                item = (noun.start, noun.end)
        if item is None or of_other_time(doc, item):  # "šīs vasaras koncertos"
            continue
        before = len(record.events)
        add_event(doc, index, item, day, date_starts, by_key, record)
        for event in record.events[before:]:
            event.status = event.status or status
            # Its hour is its own sentence's: a later sentence's hour is that one's item.
            event.start_time, event.end_time = time_in(doc, (sentence.start, sentence.end), sentence.start, kind=event.type)
            added.add(id(event))
    return added
