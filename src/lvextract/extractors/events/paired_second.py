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
# A quoted name, its opening quote typed any way ("„…”", ",,…’’", "«…»").
QUOTED = re.compile(r"(?:[„“\"«]|,,)[^„“”\"«»\n]{1,100}(?:[”“\"»]|’’|'')")
# The first noun's quoted name right after it, if any (none matches empty): the same name, one definition.
TITLE = re.compile(rf"(?:[ \t]*{QUOTED.pattern})?")
CLOSING_UN = re.compile(r"\sun\s", re.IGNORECASE)
# How far past "un" the second noun's head may end.
HEAD_REACH = 50
# The longest quoted name skipped in that reach.
TITLE_REACH = 102


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
            if head is not None:
                _add(doc, index, head, first.kind, mention, (lo, hi), date_starts, by_key, record, day, parts, verbless=True)
                continue
            # Past the first's own quoted name ("konference “Nākotnes skola”, diskusiju forumi un …").
            after = TITLE.match(text, first.end, hi).end()
            listed = _listed(text, after, hi)
            m = JOIN.match(text, after, hi) or listed or _also(text, nouns, i, hi)
            if m is None:
                continue
            # "notiks konference, diskusiju forumi un projekta nometne": the item after the list's
            # closing "un" is joined to the first as the comma's item is, whatever that item is.
            joins = [m] + ([j] if listed is not None and (j := _closing_join(text, nouns, i, listed, hi)) is not None else [])
            for join in joins:
                head = _head(text, _heads_past(nouns, i, join), join)
                if head is not None and day.status != "held" and not (
                        _subjects(index, head) and _own_noun(text, join.start(1), head.start)):
                    continue
                if head is not None:
                    _add(doc, index, head, first.kind, mention, (lo, hi), date_starts, by_key, record, day, parts)


def _add(doc: Document, index: Nouns, head, first_kind: str, mention: DateMention, stretch: tuple[int, int], date_starts: list[int],
         by_key: dict, record: Record, day, parts: frozenset[str], verbless: bool = False) -> None:
    """The second occurrence `head` on the first's day, unless it is generic, a part, the first's kind
    or already dated that day."""
    if head.kind in generic_types() or head.kind in parts or head.kind == first_kind \
            or (head.kind, mention.value) in by_key:
        return
    event = build_event(doc, index, head, stretch, mention, stretch, date_starts)
    if verbless and day.start_time:
        # One item of a programme's line: the pair shares the line's hour, not the stretch's first.
        event.start_time, event.end_time = day.start_time, day.end_time
    event.span = doc.span(head.start, head.end)
    by_key[(event.type, event.start)] = event
    record.events.append(event)


def _heads_past(nouns, i: int, join: re.Match) -> list:
    """The few nouns right past the join's "un", not the stretch's rest."""
    heads = []
    # A quoted name between "un" and the head ("un projekta “…” radošā nometne") is not counted in the reach.
    title = QUOTED.search(join.string, join.start(1), join.start(1) + HEAD_REACH + TITLE_REACH)
    reach = HEAD_REACH + (title.end() - title.start() if title is not None and title.start() < join.start(1) + HEAD_REACH else 0)
    for n in nouns[i + 1:]:
        if n.end > join.start(1) + reach:
            break
        if n.start >= join.start(1):
            heads.append(n)
    return heads


def _closing_join(text: str, nouns, i: int, listed: re.Match, hi: int) -> re.Match | None:
    """The "un" closing a comma's list right after the list item's own noun ("konference, diskusiju
    forumi un projekta nometne"), matched as a join to the list's first noun; not an "un" further on,
    past a clause of its own ("skates, gatavojoties dziesmu un deju svētkiem")."""
    item = _head(text, _heads_past(nouns, i, listed), listed)
    return JOIN.match(text, item.end, hi) if item is not None else None


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
