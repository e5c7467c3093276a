"""One sports contest told more than once: its round or its game on its own day, its headline's
day of unknown year beside the body's dated day, and the days of a championship's range told
one by one after it. The words are events.toml's [contest_kind] (named, words, finals, parts)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Event, Record
from .dating import as_date
from .lexicon import vocabulary
from .merging import fill_gaps
from .noun_mention import own_nouns
from ...temporal.unknown_year import year_unknown


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    """The named contests (a compound closed by one counts: "velomaratons"), the kind words, the
    deciding rounds and the parts of a contest."""
    data = vocabulary()["contest_kind"]
    return (tuple(data["named"]), frozenset(data["words"]), frozenset(data.get("finals", ())),
            frozenset(data.get("parts", ())))


def _named(event: Event) -> bool:
    return event.type.endswith(_kinds()[0]) or event.type in _kinds()[2]


def _contest(event: Event) -> bool:
    named, words, finals, parts = _kinds()
    return event.type.endswith(named) or event.type in words | finals | parts


def join_contest_parts(record: Record) -> None:
    """"Volejbola turnīra posmi … 9. augustā" and "sezonas noslēdzošajā posmā, 9. augustā"; "pusfināla
    spēles 9. martā" and "pusfināla spēļu kalendārs (9. marts)": a stage, a round or a game (`parts`)
    on the day (and end) of a named contest or a deciding round is that contest told again, unless
    each has an hour of its own apart; a meeting told by a verb joins a stage or a round of its day as
    it joins a named contest. O(events)."""
    parts = _kinds()[3]
    named, staged = {}, {}
    for e in record.events:
        if _named(e) and e.start is not None:
            named.setdefault((e.start, e.end), e)
        elif e.type in parts and e.start is not None:
            staged.setdefault((e.start, e.end), e)
    if not named and not staged:
        return
    gone = set()
    for e in record.events:
        # A meeting told by a verb on a stage's day meets for that stage as for a named contest
        # ("tiksies volejbola entuziasti … Volejbola turnīra posmi notiks 14. un 28. jūnijā").
        same = (named.get((e.start, e.end)) if e.type in parts
                else named.get((e.start, e.end)) or staged.get((e.start, e.end)) if _met_by_verb(e) else None)
        if same is not None and same is not e and not (e.start_time and same.start_time and e.start_time != same.start_time):
            fill_gaps(same, e)
            gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]


def _met_by_verb(event: Event) -> bool:
    """A meeting ([contest_kind] met) whose span holds no word of its noun: a verb told it ("tiksies")."""
    met = vocabulary()["contest_kind"].get("met", ())
    return event.type in met and event.type[:4].lower() not in event.span.text.lower()


def join_headline_year(record: Record) -> None:
    """"25. februārī notiks novada čempionāts novusā" over "Sacensības notiks 2023. gada 25. februārī":
    a named contest on a day whose year the text leaves out (XXXX, a headline is a paragraph of its
    own) and a contest told on the same month and day with its year are one occurrence: the named
    one takes the known day. Only when one such dated contest matches. O(events)."""
    known: dict[str, list[Event]] = {}
    for e in record.events:
        if e.start and not year_unknown(e.start) and e.end is None and _contest(e):
            known.setdefault(e.start[4:], []).append(e)
    gone = set()
    for e in record.events:
        if not (year_unknown(e.start) and e.end is None and _named(e)):
            continue
        same = [k for k in known.get(e.start[4:], ()) if id(k) not in gone]
        if len(same) != 1 or (_named(same[0]) and same[0].type != e.type):
            continue
        other = same[0]
        e.start = other.start
        fill_gaps(e, other)
        gone.add(id(other))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]


# The word before a kind word, and the words that leave it bare ("bet sacensības notiks …").
WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


@lru_cache(maxsize=1)
def _bare_after() -> frozenset[str]:
    return frozenset(vocabulary()["contest_kind"]["bare_after"])


def _bare_kind(doc: Document, event: Event, day_end: int) -> bool:
    """A kind word ("sacensības") told bare, not after a genitive that names another contest of the
    day ("volejbola sacensības"): right after its day, after a mark or a word of [contest_kind] bare_after.
    The noun is the span's word of the kind's stem. O(span words)."""
    if event.type not in _kinds()[1]:
        return False
    for m in own_nouns(doc, event, event.type):
        start = m.start()
        if day_end <= start and not doc.text[day_end:start].strip(" \t,"):
            return True  # right after its day: "15. septembrī sacensības notiks …"
        before = WORD_BEFORE.search(doc.text, max(0, start - 40), start)
        word = before.group(1) if before else ""
        # after a mark or a bare word; not a place's genitive ("Rīgas sacensības")
        return not word.isalpha() or word.lower() in _bare_after()
    return False


def drop_range_days(record: Record, first_mention: dict[int, DateMention], doc: Document) -> None:
    """"No 27. līdz 30. augustam … noslēgsies jaunatnes čempionāts … 27. augustā labākos noskaidros
    U-14 grupā, dienu vēlāk, 28. augustā, – U-16 grupā …": days inside a contest's range told after
    it, whose own clause names no contest (the noun came from another sentence: "Finālā
    piedalīsies …"), are days of that one occurrence (RECORD.md: one occurrence over several days
    is one event with `end`), not contests of their own. O(events)."""
    ranges = []
    for e in record.events:
        mention = first_mention.get(id(e))
        first, last = as_date(e.start or ""), as_date(e.end or "")
        if mention is not None and e.end and first and last and _named(e):
            ranges.append((first, last, mention.span.start))
    if not ranges:
        return
    gone = set()
    for e in record.events:
        mention = first_mention.get(id(e))
        day = as_date(e.start or "")
        if mention is None or e.end is not None or day is None or not _contest(e):
            continue
        if e.span.start <= mention.span.start < e.span.end and not _bare_kind(doc, e, mention.span.end):
            continue  # the day's own clause names it ("28. augustā – U-16 volejbola sacensības"), unless
            # by the bare kind word ("14. septembrī … bet sacensības notiks no plkst. 12"): the range's contest
        if any(first <= day <= last and told < mention.span.start for first, last, told in ranges):
            gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]
