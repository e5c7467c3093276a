"""The later days of a series told after it is named ("… turpināsies bezmaksas koncertu cikls.
Pēc nedēļas, 13. jūnijā, ar džeza programmu uzstāsies grupa …"): a day whose sentence names no
occurrence of its own, after the text has named a series of one kind ("koncertu cikls",
"lekciju sērija"), is one more occurrence of that kind, when the text dates one of that kind already (RECORD:
separate days of a series are one event each). Not a bound ("līdz 30. jūnijam"), a deadline's or the document's day, nor a day far
from the series' name."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, DateRole, Record
from .dating import DAY_VALUE
from .lexicon import literals, vocabulary
from .offsets import sentence_at
from .parts import build_event
from .ranking import Nouns

# How far after the series' name its days are told.
SERIES_REACH = 1500
# A bound is no day of the series: "līdz 30. jūnijam".
UNTIL = re.compile(r"(?<!\w)līdz\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _series_word() -> re.Pattern:
    return re.compile(rf"\s+(?:{literals(vocabulary()['series_days']['words'])})", re.IGNORECASE)


def _series_names(doc: Document, index: Nouns) -> list[tuple[int, object]]:
    """(offset, noun) of each event noun right before a series word ("koncertu cikls"). O(nouns)."""
    found = []
    for noun in index.all_in((0, len(doc.text))):
        if _series_word().match(doc.text, noun.end):
            found.append((noun.start, noun))
    return found


def series_days(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                by_key: dict, record: Record) -> None:
    """O(candidates · log nouns + nouns)."""
    if not _series_word().search(doc.text):
        return
    names = _series_names(doc, index)
    if not names:
        return
    starts = [n[0] for n in names]
    kinds = {e.type for e in record.events}
    text = doc.text
    for mention in candidates:
        if mention.role in (DateRole.event.value, DateRole.deadline.value, DateRole.document.value) \
                or mention.end is not None or not DAY_VALUE.match(mention.value or ""):
            continue
        k = bisect.bisect_left(starts, mention.span.start) - 1
        if k < 0 or mention.span.start - starts[k] > SERIES_REACH:
            continue
        sentence = sentence_at(doc, mention.span.start)
        if sentence is None or UNTIL.search(text, max(sentence.start, mention.span.start - 8), mention.span.start):
            continue
        bounds = (sentence.start, sentence.end)
        if index.all_in(bounds):  # the sentence names an occurrence (or a thing) of its own
            continue
        noun = names[k][1]
        # Only a series the text has dated an occurrence of ("Ar … koncertu 6. jūnijā turpināsies
        # koncertu cikls"): a cycle only named ("septembrī sāka semināru ciklu") lends its kind to
        # no other day ("sadarbība uzsākta 3. aprīlī").
        if (noun.kind, mention.value) in by_key or noun.kind not in kinds:
            continue
        event = build_event(doc, index, noun, bounds, mention, bounds, date_starts)
        event.span = doc.span(mention.span.start, mention.span.end)
        event.title = None  # the series' name is not this day's
        by_key[(event.type, event.start)] = event
        record.events.append(event)
        mention.role = DateRole.event.value
