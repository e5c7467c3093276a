"""A report's second occurrence of the day joined to the first by "un" and named by its own
qualified noun ("3. augustā notika Ražas svētki un vakara balle", "aicināja uz svētku koncertu un
skolēnu darbu izstādi"): the walk gives a day one noun, the pair's first (pair_join.head_of_pair); a second noun
with words of its own between "un" and it is another occurrence of that day, announced too when both
are the nominative subjects of taking place ("notiks seminārs un jauniešu forums"). A bare pair ("konference
un darbnīca notiks …") stays one, and so does a ceremony of the first ("laureātu apbalvošana un
noslēguma ceremonija"; events.toml [paired_second] parts), and so does an announcement's pair, one
programme as often as two ("aicina uz rudens svinībām un lāpu gājienu"). O(candidates · log n)."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.verb_forms import is_verb_form
from ...record import DateMention, DateRole, Record
from .dating import days_with_sentences
from .lexicon import generic_types, vocabulary
from .named_pair import named_pair
from .parts import build_event
from .ranking import Nouns, is_frame
from .verbless_pair import verbless_second

# "un" then one to three words of the second noun's own (a genitive, an adjective), no punctuation.
# An ordinal may count the second's edition first ("… svētki un 23. Novadu siera diena").
JOIN = re.compile(r"\s+un\s+((?:\d{1,3}\.\s+)?(?:[^\W\d_]+\s+){1,3})", re.IGNORECASE)
# ", kā arī" joins as "un" does ("notika seminārs, kā arī projekta koordinācijas sēde"; written "ka arī"
# too), also past the first noun's own short complement ("seminārs ar izpētes braucieniem, kā arī …").
WITH = re.compile(r"\s+ar\s", re.IGNORECASE)
ALSO = re.compile(r"[^,.;:!?\n]{0,40}?,\s+k[aā]\s+arī\s+((?:[^\W\d_]+\s+){1,3})", re.IGNORECASE)
# A comma in a list of such nouns that "un" closes later in the stretch ("notiks dievkalpojums, svinīgā
# senāta sēde un rektora pieņemšana"): the comma joins as "un" does.
LISTED = re.compile(r",\s+((?:[^\W\d_]+\s+){1,3})", re.IGNORECASE)
CLOSING_UN = re.compile(r"\sun\s", re.IGNORECASE)
# How far past "un" the second noun's head may end.
HEAD_REACH = 50


def paired_second(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                  by_key: dict, record: Record) -> None:
    text = doc.text
    generic = generic_types()
    parts = frozenset(vocabulary()["paired_second"]["parts"])
    # A range's sentence too: "No 5. līdz 8. maijam notika seminārs un koordinācijas sēde" are two.
    for mention, sentence in days_with_sentences(doc, candidates, DateRole.event.value, ranges=True):
        # The day's stretch of its sentence: from the date before to the date after.
        k = bisect.bisect_left(date_starts, mention.span.start)
        lo = max(sentence.start, date_starts[k - 1] + 1 if k > 0 else sentence.start)
        hi = min(sentence.end, date_starts[k + 1] if k + 1 < len(date_starts) else sentence.end)
        nouns = [n for n in index.all_in((lo, hi)) if not is_frame(doc, n)]
        named_pair(doc, index, nouns, mention, (lo, hi), date_starts, by_key, record)  # "Baznīcu nakts un … diena"
        for i, first in enumerate(nouns):
            day = by_key.get((first.kind, mention.value))
            if first.kind in generic or day is None or not (day.status == "held" or _subjects(index, first)):
                continue  # an announcement's pair is one programme ("aicina uz svinībām un lāpu gājienu")
            # "Sestdien, 8. jūnijā, – sporta spēles un balle.": a verbless item's bare pair is two
            head = verbless_second(doc, index, nouns, i, hi, (day.place, mention.span.end)) if day.status is None else None
            verbless = head is not None
            if head is None:
                m = JOIN.match(text, first.end, hi) or _listed(text, first.end, hi) or _also(text, nouns, i, hi)
                if m is None:
                    continue
                heads = []
                for n in nouns[i + 1:]:  # the few nouns right past "un", not the stretch's rest
                    if n.end > m.start(1) + HEAD_REACH:
                        break
                    if n.start >= m.start(1):
                        heads.append(n)
                head = _head(text, heads, m)
                if head is not None and day.status != "held" and not (
                        _subjects(index, head) and _own_noun(text, m.start(1), head.start)):
                    continue
            if head is None or head.kind in generic or head.kind in parts or head.kind == first.kind \
                    or (head.kind, mention.value) in by_key:
                continue
            event = build_event(doc, index, head, (lo, hi), mention, (lo, hi), date_starts)
            if verbless and day.start_time:
                # One item of a programme's line: the pair shares the line's hour, not the stretch's first.
                event.start_time, event.end_time = day.start_time, day.end_time
            event.span = doc.span(head.start, head.end)
            by_key[(event.type, event.start)] = event
            record.events.append(event)


def _head(text: str, heads, m: re.Match):
    """The noun right after the qualifying words ("vakara balle": "balle"), past a genitive chain of
    nouns glued by spaces; None when nothing but the noun follows "un" (a bare pair)."""
    if not heads:
        return None
    head = heads[0]
    for nxt in heads[1:]:
        if text[head.end:nxt.start].strip():
            break
        head = nxt
    return head if len(text[m.start(1):head.end].split()) > 1 else None


def _subjects(index: Nouns, noun) -> bool:
    """The noun in the nominative: an announced pair that is the subject of taking place ("notiks
    seminārs un jauniešu forums") is two occurrences, as a report's is; one invited to ("aicina uz
    svinībām un lāpu gājienu") stays one programme."""
    return not index.rank_of(noun)[2]


# A definite adjective's nominative endings ("praktiskā", "jaunais", "lielie"): an announced second
# qualified by such words only is the first's own part ("seminārs un praktiskā darbnīca").
DEFINITE_ADJECTIVE = re.compile(r"(?:ais|ā|ie|ās)$", re.IGNORECASE)


def _own_noun(text: str, start: int, end: int) -> bool:
    """Some word between "un" and the announced second's head is no definite adjective (a genitive:
    "jauniešu forums", "vakara balle")."""
    return any(not DEFINITE_ADJECTIVE.search(w) for w in text[start:end].split())


def _also(text: str, nouns, i: int, hi: int) -> re.Match | None:
    """", kā arī" after the first noun, maybe past its own complement: an event noun before the join
    only in a complement opened by "ar" ("seminārs ar izpētes braucieniem, kā arī sēde": what the
    seminar held), else that noun is the one the second is joined to. Not a clause opened by a verb
    after the join ("…, kā arī pārrunāja nākamo sēdi", "…, kā arī tika apspriesti …")."""
    m = ALSO.match(text, nouns[i].end, hi)
    if m is None or is_verb_form(m.group(1).split()[0]):
        return None  # ", kā arī pārrunāja nākamo sēdi": a clause with its own verb, no second noun joined
    between = any(nouns[i].end <= n.start < m.start(1) for n in nouns[i + 1:])
    return None if between and not WITH.match(text, nouns[i].end) else m


def _listed(text: str, start: int, hi: int) -> re.Match | None:
    """A comma after the first noun in a list that "un" closes further in the stretch."""
    m = LISTED.match(text, start, hi)
    return m if m is not None and CLOSING_UN.search(text, m.start(1), hi) else None
