"""A contest's or a camp's timetable rows ("Sacensības notiks 21. septembrī … 11.30 atklāšana …
17.00 dalībnieku apbalvošana"; a tournament of four days, "11.00 Tehniskā sapulce" on its second):
the honours, the technical meeting and the master class told at an hour below the contest on one of
its days are its parts, no occurrence of their own (RECORD.md: one occurrence is one event; the
brief's "a timetable of one tournament: the rows are its parts"). Only the part kinds of events.toml
[timetable_parts] and only rows with an hour: an award ceremony told by itself ("Apbalvošana notiks
5. jūnijā Ozolu skolā") or a concert after the games stays one; the honours only when the contest's
own word names whose they are ("turnīra dalībnieku apbalvošana"; "zupa un apbalvošana" on an item of
its own stays an occurrence); range_parts drops the parts a range's own words tell. O(events²) over
the few contests and rows, one bounded match before each honour."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import literals, vocabulary

# How far before an honour its contest's genitive may stand ("turnīra dalībnieku apbalvošana").
OWNER_REACH = 60


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], frozenset[str]]:
    contest, table = vocabulary()["contest_kind"], vocabulary()["timetable_parts"]
    owners = frozenset(contest["words"]) | frozenset(contest["named"]) | frozenset(table["owners"])
    return owners, frozenset(table["parts"])


@lru_cache(maxsize=1)
def _honours() -> tuple[frozenset[str], re.Pattern]:
    table = vocabulary()["timetable_parts"]
    return frozenset(table["honours"]), re.compile(
        rf"(?<![^\W\d_])(?:{literals(table['owner_genitives'])})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE)


def _own_row(doc: Document, event) -> bool:
    """A row of the contest's own: an honour only after the contest's genitive ("sacensību uzvarētāju
    apbalvošana"), the other part kinds as they stand."""
    honours, owned = _honours()
    if event.type not in honours:
        return True
    start = event.span.start
    return owned.search(doc.text, max(0, start - OWNER_REACH), start) is not None


def _on_days_of(day: str, owner) -> bool:
    """The row's day is the owner's, or one of its range's, told with the same kind of year."""
    end = owner.end or owner.start
    return len(day) == len(owner.start) == len(end) and owner.start <= day <= end


def _owned(event, owners: list) -> bool:
    return any(o is not event and o.span.start < event.span.start and _on_days_of(event.start, o) for o in owners)


def _dated_itself(doc: Document, event, record: Record) -> bool:
    """The row's own sentence tells a day ("5. jūlijā plkst. 18.00 … notiks biedrības valdes sapulce"):
    a sentence of its own, no row dated by the owner."""
    i = doc.sentence_index(event.span.start)
    if i is None:
        return False
    bounds = doc.sentences[i]
    return any(m.span is not None and bounds.start <= m.span.start < bounds.end for m in record.dates)


def drop_timetable_parts(doc: Document, record: Record) -> None:
    owner_kinds, parts = _kinds()
    rows = [e for e in record.events if e.type in parts and e.start_time and e.start and e.end is None
            and e.span is not None and _own_row(doc, e) and not _dated_itself(doc, e, record)]
    if not rows:
        return
    owners = [e for e in record.events if e.start and e.span is not None
              and (e.type in owner_kinds or e.type.endswith(tuple(owner_kinds)))]
    if not owners:
        return
    dropped = [e for e in rows if _owned(e, owners)]
    if dropped:
        record.events[:] = [e for e in record.events if not any(e is d for d in dropped)]
