"""A day's programme told with the hour inside its sentences, not opening them ("Svētku gājiens
sāksies plkst. 11 pie skolas. Koncerts notiks plkst. 16, bet zaļumballe sāksies plkst. 22."), or
told hour by hour under a day whose sentence names only the generic occurrence ("17. novembrī
tautas namā notiks pasākums. Pulksten 17.30 – lāpu gājiens, pulksten 22 – balle").

Each part of such a sentence that holds an hour of its own and a specific event noun is an
occurrence of the day told just before it, when that day already dates an occurrence (so a
deadline's or a publication's day heads no programme) and no other day stands between. A kind the
day already has is that occurrence told again ("Koncerta otrā daļa sāksies plkst. 20"), not a
second one. programme.py keeps the hour-led sentences under days it already takes."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, DateRole, Record
from .dating import DAY_VALUE
from .lexicon import literals, vocabulary, whole_words
from .offsets import any_between
from .added_events import add_event
from .feast_retold import feast_retold
from .hour_then_noun import HOUR, next_sentence_noun, run_on
from .programme import day_over, other_day_starts
from .programme_chain import chained_day, named_apart
from .ranking import Nouns, looks_back, within_frame

# Only an hour something starts at: "pieteikties līdz plkst. 12" is a bound, "no plkst. 10 līdz
# 17" a span (its "no" hour counts).
UNTIL = re.compile(r"(?<!\w)līdz\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = vocabulary()["timed_clauses"]
    relative = re.compile(rf"[,;]\s*(?:{literals(words['relatives'])})(?!\w)", re.IGNORECASE)
    recurring = whole_words(words['recurring'])
    ending = re.compile(rf"(?<!\w)(?:{literals(words['ending'])})", re.IGNORECASE)
    return relative, recurring, ending


def _parts(text: str, bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentence's parts, each running through the comma-parted piece that tells its hour
    ("Reģistrācija sāksies plkst. 15, svinīgais koncerts – plkst. 17, bet balle – plkst. 21"; "Koncerts
    estrādē, Rīgas ielā 5, notiks plkst. 16" is one). A relative clause ("…, kurā godinās …") is
    no part. O(sentence)."""
    relative = _words()[0]
    cuts = [m.start() for m in re.finditer(r"[,;]", text[bounds[0]:bounds[1]])]
    edges = [bounds[0], *(bounds[0] + c for c in cuts), bounds[1]]
    parts, opened = [], bounds[0]
    for i in range(len(edges) - 1):
        piece = (edges[i], edges[i + 1])
        if relative.match(text, *piece):
            opened = piece[1]
        elif HOUR.search(text, *piece):
            parts.append((opened, piece[1]))
            opened = piece[1]
    return parts


# Up to two genitives between a genitive event noun and the noun it qualifies ("svētku ieskaņu
# lielkoncerts", "semināra dalībnieku ekskursija"): lower-case words in a genitive's ending.
GENITIVES_BETWEEN = re.compile(r"(?:\s+[a-zāčēģīķļņšūž]+(?:u|a|as|es|us|is))?(?:\s+[a-zāčēģīķļņšūž]+(?:u|a|as|es|us|is))?\s+")
GENITIVE_ENDINGS = ("u", "a", "as", "es", "us", "is")


def qualifies(text: str, noun, head) -> bool:
    """Whether the event noun only qualifies the next one, the head of its phrase: right before it, or
    in the genitive past at most two genitives ("svētku ieskaņu lielkoncerts"). O(1)."""
    gap = text[noun.end:head.start]
    if not gap.strip():
        return True
    surface = text[noun.start:noun.end].lower()
    return surface != noun.kind and surface.endswith(GENITIVE_ENDINGS) \
        and GENITIVES_BETWEEN.fullmatch(gap) is not None


def _starts_at_hour(text: str, part: tuple[int, int]) -> bool:
    """Whether the part tells an hour something starts at (not only a bound)."""
    return any(not UNTIL.search(text, max(part[0], m.start() - 8), m.start())
               for m in HOUR.finditer(text, *part))


def timed_clauses(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                  by_key: dict, record: Record) -> None:
    """O(sentences · (log dates + programme_reach.CHARACTERS_REACH))."""
    days = [m for m in candidates if m.end is None and DAY_VALUE.match(m.value or "")
            and m.role == DateRole.event.value]
    if not days:
        return
    day_starts = [m.span.start for m in days]
    other_days = other_day_starts(doc, record)
    text = doc.text
    taken = sorted(e.span.start for e in record.events if e.span is not None)
    # The days of the text's own calendar, not a year or "šogad": a next sentence with one tells its own day.
    calendar_days = sorted(d.span.start for d in record.dates if d.value and DAY_VALUE.match(d.value))
    last = None  # the day and end of the timed sentence before
    for k, sentence in enumerate(doc.sentences):
        bounds = (sentence.start, sentence.end)
        if any_between(date_starts, bounds) or not HOUR.search(text, *bounds) \
                or _words()[1].search(text, *bounds):
            continue
        day = day_over(text, days, day_starts, other_days, sentence.start) \
            or chained_day(text, last, other_days, sentence.start)  # a long programme, item after item
        if day is None:
            continue
        last = (day, sentence.end)
        status = next((e.status for e in record.events if e.start == day.value and e.end is None and e.status), None)

        def unseen(nouns: list) -> list:
            # A genitive right before another event noun qualifies it ("svētku koncerts", also past a
            # genitive or two: "svētku ieskaņu lielkoncerts"), and a kind the day has already is that
            # one told again.
            nouns = [n for j, n in enumerate(nouns)
                     if not (j + 1 < len(nouns) and qualifies(text, n, nouns[j + 1]))]
            return [n for n in nouns if ((n.kind, day.value) not in by_key or named_apart(text, n, by_key[(n.kind, day.value)]))
                    and not feast_retold(n.kind, day.value, by_key)]
        for part in run_on(index, text, _parts(text, bounds), bounds[1]):
            if not _starts_at_hour(text, part) or _words()[2].search(text, *part):
                continue
            # A part the walk has dated already (programme.py's hour-led lines), or one told inside
            # an occurrence ("Pasākuma laikā no plkst. 19 varēja apskatīt …"), is no new one.
            if any_between(taken, part) or any(within_frame(doc, n) or looks_back(doc, n) for n in index.all_in(part)):
                continue
            before = len(record.events)
            add_event(doc, index, part, day, date_starts, by_key, record, unseen)
            for event in record.events[before:]:
                event.status = event.status or status
        # the cheap tests first: the next sentence is read only after an hour leading a clause of no noun
        nxt = next_sentence_noun(doc, index, k, calendar_days) if not index.all_in(bounds) \
            and _starts_at_hour(text, bounds) and not _words()[2].search(text, *bounds) else None
        if nxt is not None and not any_between(taken, (bounds[0], nxt[1])):
            # "Savukārt pulksten 17.30 Liepu ielā turpināsim tradīciju. Biedrība aicina uz piemiņas
            # brīdi …": the hour's sentence names nothing, the next one names what takes place then.
            before = len(record.events)
            add_event(doc, index, (bounds[0], nxt[1]), day, date_starts, by_key, record,
                      lambda nouns, lo=nxt[0]: unseen([n for n in nouns if n.start >= lo]))
            for event in record.events[before:]:
                event.status = event.status or status
