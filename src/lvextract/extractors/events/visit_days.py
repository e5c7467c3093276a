"""A stay's programme: a visit dated by its first day alone ("Ciemiņi ierodas trešdien, 4. maijā …
vizītes laikā"), and the guests' meeting or visit told on a later day of the same week ("Piektdien,
6. maijā, viesi domē tiksies ar vadību"; "jau otrdien sāksies vizīte pa skolām", said of the
delegation): one occurrence, the visit (the brief's "a multi-day visit and its programme items → the
visit only"); visit_parts does the same for a visit told with its range, and the guests' arrival a
day or two before that range, told after it ("No 29. septembra līdz 3. oktobrim … viesojās … Jau
27. septembrī viesi ieradās Rīgā"), is the same trip. Only when the later day's
sentence names the guests (events.toml [visit_days] guests, word starts) and lies within
[visit_days] days after the visit's day; a meeting on a day before it, or of others, stays. O(events²)
over the few visits and meetings, one sentence read per candidate."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import literals, vocabulary

@lru_cache(maxsize=1)
def _data() -> tuple[str, frozenset[str], re.Pattern, re.Pattern, int, int]:
    data, parts = vocabulary()["visit_days"], vocabulary()["visit_parts"]
    guests = re.compile(rf"(?<![^\W\d_])(?:{literals(data['guests'])})", re.IGNORECASE)
    origin = re.compile(rf"(?<![^\W\d_])(?:{literals(data['origin'])})\s+([^\W\d_a-zāčēģīķļņšūž][^\W\d_]*)")
    return (vocabulary()["arrival"]["visit_type"], frozenset(parts["meetings"]), guests, origin,
            int(data["days"]), int(data["days_before"]))


# A leap year standing for an unknown one ("XXXX-05-04"): the days of one text compare within it.
UNKNOWN_YEAR = "2000"


def _day(value: str | None) -> tuple[bool, date] | None:
    """The day, and whether its year is unknown; days compare only with days of the same kind."""
    if value is None or len(value) != 10:
        return None
    unknown = value.startswith("XXXX")
    try:
        return unknown, date.fromisoformat(UNKNOWN_YEAR + value[4:] if unknown else value)
    except ValueError:
        return None


def _sentence(doc: Document, event) -> tuple[int, int] | None:
    i = doc.sentence_index(event.span.start)
    return None if i is None else (doc.sentences[i].start, doc.sentences[i].end)


def _names_guests(doc: Document, event, visit, guests: re.Pattern, origin: re.Pattern) -> bool:
    """The later sentence names guests, and no origin of theirs the visit's sentence does not name
    ("8. maijā viesi no Cēsīm tikās …" after "delegācija no Tartu": other guests)."""
    bounds = _sentence(doc, event)
    if bounds is None or guests.search(doc.text, *bounds) is None:
        return False
    own = _sentence(doc, visit)
    told = doc.text[own[0]:own[1]] if own is not None else ""
    return all(m.group(1) in told for m in origin.finditer(doc.text, *bounds))


def _in_stay(day: date, first: date, ranged: bool, days: int, before: int) -> bool:
    """A later day of the week a visit dated by its first day opens; or a day just before a visit told
    with its range ("No 29. septembra līdz 3. oktobrim … viesojās … Jau 27. septembrī viesi ieradās
    Rīgā"): the guests' arrival on their way."""
    gap = (day - first).days
    return -before <= gap < 0 if ranged else 0 < gap <= days


def drop_visit_days(doc: Document, record: Record) -> None:
    visit, meetings, guests, origin, days, before = _data()
    visits = [(e, _day(e.start)) for e in record.events if e.type == visit and e.span is not None]
    visits = [(e, d) for e, d in visits if d is not None]
    if not visits:
        return

    def stay_day(event) -> bool:
        if event.type not in meetings | {visit} or event.end is not None or event.span is None:
            return False
        day = _day(event.start)
        # another visit or meeting is the programme's only when its sentence names the same guests (no
        # origin of its own: "viesi no Cēsīm", "delegācija no Polijas" are other guests)
        return day is not None and any(
            v is not event and v.span.start < event.span.start and day[0] == first[0]
            and _in_stay(day[1], first[1], v.end is not None, days, before)
            and _names_guests(doc, event, v, guests, origin)
            for v, first in visits)

    kept = [e for e in record.events if not stay_day(e)]
    if len(kept) != len(record.events):
        record.events[:] = kept
