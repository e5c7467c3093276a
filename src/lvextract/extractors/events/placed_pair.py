"""Two occurrences of one day, each told with a venue of its own and joined by "un" ("12. jūnijā
notiks gadatirgus laukumā un koncerts estrādē", "… izstāde bibliotēkā un lekcija muzejā"): a bare
pair is one programme ("konference un darbnīca notiks …", paired_second.py), but a noun that
carries its own locative venue is placed apart from the first, so it takes place on its own. The
walk gives the day the first noun; this adds the second, placed at its own venue. Not a part of
the first ([paired_second] parts: "izstāde zālē un atklāšana dārzā" stays one), nor a generic
word, nor a kind the day has. O(days · nouns of the day's stretch · log n)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian import places
from ...latvian.place_nominative import is_locative
from ...record import DateMention, DateRole, Record
from .dating import days_with_sentences
from .lexicon import generic_types, vocabulary
from .parts import build_event
from .ranking import Nouns, is_frame

# One to three words right after the first noun, the last a locative ("laukumā", "Tautas namā"), then
# "un" (optionally "arī"): what the second noun must follow directly.
FIRST_VENUE = re.compile(r"\s+((?:[^\W\d_]+\s+){0,2}([^\W\d_]+))\s+un\s+(?:arī\s+)?", re.IGNORECASE)
# The second noun's own venue: one to three words, the last a locative, up to a stop or the stretch's end.
SECOND_VENUE = re.compile(r"\s+((?:[^\W\d_]+\s+){0,2}([^\W\d_]+))(?=\s*(?:[.,;!]|$))")


# A place told by a preposition and its genitive ("pie pils", "pie kultūras nama").
PLACE_PREPOSITIONS = frozenset({"pie"})


@lru_cache(maxsize=1)
def _parts() -> frozenset[str]:
    return frozenset(vocabulary()["paired_second"]["parts"])


def placed_pair(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                by_key: dict, record: Record) -> None:
    text = doc.text
    generic = generic_types()
    for mention, sentence in days_with_sentences(doc, candidates, DateRole.event.value):
        k = bisect.bisect_left(date_starts, mention.span.start)
        lo = max(sentence.start, date_starts[k - 1] + 1 if k > 0 else sentence.start)
        hi = min(sentence.end, date_starts[k + 1] if k + 1 < len(date_starts) else sentence.end)
        nouns = [n for n in index.all_in((lo, hi)) if not is_frame(doc, n)]
        for first, second in zip(nouns, nouns[1:]):
            if first.kind in generic or (first.kind, mention.value) not in by_key:
                continue
            m = FIRST_VENUE.match(text, first.end, hi)
            first_venue = _venue_at(doc, m.span(1)) if m is not None and m.end() == second.start else None
            own = SECOND_VENUE.match(text, second.end, hi) if first_venue is not None else None
            second_venue = _venue_at(doc, own.span(1)) if own is not None else None
            if second_venue is None:
                continue
            if second.kind in generic or second.kind in _parts() or second.kind == first.kind \
                    or (second.kind, mention.value) in by_key:
                continue
            event = build_event(doc, index, second, (lo, hi), mention, (lo, hi), date_starts)
            day = by_key[(first.kind, mention.value)]
            if first_venue or day.place == second_venue:
                # Each noun is at its own venue: the first's is the words right after it, not the town the
                # clause opened with, nor the second's ("tirdziņš pie pils un balle namā": told by "pie", unnamed).
                day.place = first_venue or None
            event.place = second_venue or None
            event.span = doc.span(second.start, second.end)
            by_key[(event.type, event.start)] = event
            record.events.append(event)


def _venue_at(doc: Document, bounds: tuple[int, int]) -> str | None:
    """The venue the words name: the place, when they end in a locative the venue grammar reads as one;
    "" for a place told by a preposition ("pie pils", "pie estrādes"), which the grammar does not name;
    None when the words are no place."""
    words = doc.text[bounds[0]:bounds[1]].split()
    if not words:
        return None
    if words[0].lower() in PLACE_PREPOSITIONS and len(words) > 1:
        return ""
    return places.pick_venue(places.venue_candidates(doc, bounds, [])) if is_locative(words[-1]) else None
