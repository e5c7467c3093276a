"""Occurrences dated only by a relative day the text gives no date to count from ("Sestdien
plkst. 18 notiks koncerts" with no document date): RECORD keeps them, with a null start. When the
text also dates the same kind of occurrence by a calendar day ("Šo sestdien, 30. novembrī, notiks
skate … Skate sestdien sāksies plkst. 12"; "Pagājušajā ceturtdienā notika atvērto durvju diena.
11. janvārī …"), the relative day is that day told again: the dated event stands for it — unless
the sentence lists the two as different days ("gadatirgus šodien Jelgavā, 11. aprīlī Rīgā"). A bare
weekday the text also writes beside a calendar day ("Piektdien … pulcēsies" over "Piektdien,
11. aprīlī, …") is that day. A bare weekday told after a fair or feast dated over a few days
("No 21. līdz 23. decembrim … tirdziņš. Darbnīcās ceturtdien …") names days of that range: its
occurrence is a part of the fair, no event of its own. O(events²) over the few undated ones."""
from __future__ import annotations

import re
from functools import lru_cache
import datetime as dt

from ...document import Document
from ...latvian.relatives import relative_pronoun
from ...record import DateMention, Record
from .lexicon import literals, vocabulary
from .same_week import WEEK, one_anchor, same_week_day
from .stand_in_days import is_stand_in
from ...temporal.unknown_year import UNKNOWN_YEAR, year_unknown

# A relative day ("šodien", "rīt", "sestdien", "nākamajā pirmdienā"), not a week, month or year.
# "WEEKEND": the events' own mention of "nedēļas nogalē" (weekend.py); "WEEK" of "šajā nedēļā"
# (unanchored_week.py).
RELATIVE_DAY = re.compile(r"^(?:[+-]P\d+D|(?:(?:this|next|last)-)?(?:MO|TU|WE|TH|FR|SA|SU|WEEK|WEEKEND))$")


# A month's value: a relative day counted from a document date of month grain ("vakar" under
# "Datums: 2019-05" is "2019-05").
_MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")


def unresolved_day(mention: DateMention) -> bool:
    """A relative day the text gives no date to count from: its value is null (RECORD), and the
    occurrence it dates is still one, with a null start; or a relative day counted from a
    month-grain document date, whose occurrence starts in that month."""
    return (mention.value is None or is_stand_in(mention.value) or bool(_MONTH_VALUE.match(mention.value))) \
        and mention.end is None \
        and bool(RELATIVE_DAY.match(mention.relative or ""))


# An adjective may open the bracketed weekday: "2. aprīlī (Lielajā piektdienā)" is one day. A week or
# a weekend restated as its range ("nedēļas nogalē, no 26. līdz 28. aprīlim", "nedēļas nogalē trīs
# dienas – no 7. maija …", "Nākošajā nedēļā no 21. līdz 25. aprīlim") is one stretch too: the count
# of its days and the range's "no" may stand between.
# (the count's words are events.toml [counted_days], read by counted_days.py too)
@lru_cache(maxsize=1)
def _beside() -> re.Pattern:
    days = vocabulary()["counted_days"]
    return re.compile(rf"[\s,()–—-]*(?:[^\W\d_]+[aā]jā\s+)?(?:(?:{literals(days['numbers'])})\s+(?:{literals(days['days'])})"
                      r"[\s,–—-]*)?(?:no\s+)?", re.IGNORECASE)


# Between the two, a comma-set phrase that names the day itself ("šodien, Neatkarības atjaunošanas
# gadadienā, 4. maijā", "svētdien, Garīguma dienā, 22. jūlijā") is still one day told twice.
DAY_NAME_BESIDE = re.compile(r"[\s,–—-]+[^\W\d_](?:\d+\.|[^,.;:!?\n]){0,80}?(?:dien[āa]|gadadien[āa]|svētkos)[\s,–—-]+", re.IGNORECASE)
# The calendar day told in a relative clause on the undated one's own noun ("Otrdien apmeklējām
# nometni, kas notiek no 5. līdz 9. jūlijam"): the clause dates that occurrence, no second one.
RELATIVE_CLAUSE_BETWEEN = re.compile(r"[^,.;:!?\n]{1,60},\s*" + relative_pronoun("nominative", also=("kur", "kurā", "kuru"))
                                     + r"\s[^,.;:!?\n]{0,40}$",
                                     re.IGNORECASE)
# Between two relative days of one occurrence: "piektdien un sestdien", "sestdien, svētdien".
DAYS_JOINED = re.compile(r"\s*(?:,|un|–|-|—)\s*")
WEEKDAYS = {"pirm": "MO", "otr": "TU", "treš": "WE", "ceturt": "TH", "piekt": "FR", "sest": "SA", "svēt": "SU"}
WEEKDAY_BEFORE = re.compile(r"(?<!\w)(pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā|u)?[\s,]*$", re.IGNORECASE)


def drop_undated_twins(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    def listed_apart(undated, dated) -> bool:
        a, b = first_mention.get(id(undated)), first_mention.get(id(dated))
        if a is None or b is None or doc.sentence_index(a.span.start) != doc.sentence_index(b.span.start):
            return False
        lo, hi = sorted((a.span, b.span), key=lambda s: s.start)
        if a.span.start < b.span.start and RELATIVE_CLAUSE_BETWEEN.match(doc.text, a.span.end, b.span.start):
            return False
        return not (_beside().fullmatch(doc.text, lo.end, hi.start) or DAY_NAME_BESIDE.fullmatch(doc.text, lo.end, hi.start))

    # A weekday the text also writes beside a calendar day ("Piektdien, 11. aprīlī, parlamentā sanāks
    # …" under the headline "Piektdien parlamentā pulcēsies …"): the bare weekday is that day.
    beside: dict[str, set[str]] = {}
    anchors: list[tuple[int, str, str]] = []  # (where, weekday, day): for a bare weekday of that week
    for d, code in _weekdays_beside(doc, record):
        beside.setdefault(code, set()).add(d.value)
        anchors.append((d.span.start, code, d.value))
    anchors.sort()
    anchor = one_anchor(anchors)
    dated_by_weekday: set[int] = set()
    # "pagājušajā piektdienā" is not the Friday whose occurrence is still to come ("izlaidums
    # paredzēts piektdien, 11. jūnijā"), nor "nākamajā piektdienā" one already held.
    contrary = {"last": "planned", "next": "held"}
    status_on: dict[str, set[str | None]] = {}
    for e in record.events:
        if e.start is not None:
            status_on.setdefault(e.start, set()).add(e.status)
    for e in record.events:
        told = first_mention.get(id(e))
        code = told.relative[-2:] if told is not None and told.value is None and told.relative else None
        if e.start is None and len(beside.get(code, ())) == 1:
            day = next(iter(beside[code]))
            if contrary.get(told.relative[:-3]) in status_on.get(day, ()):
                continue
            e.start = day
            dated_by_weekday.add(id(e))
        elif e.start is None and code and BARE_WEEKDAY.match(told.relative):
            # "Sestdien, 18. februārī, … Svētdien pulksten 13 …": another day of that one week
            e.start = same_week_day(anchor, code, told.span.start)
            if e.start is not None:
                dated_by_weekday.add(id(e))

    def month_only(e) -> bool:
        # a relative day counted from a month-grain document date: as undated as a null start
        told = first_mention.get(id(e))
        return e.start is not None and told is not None and told.relative is not None and bool(_MONTH_VALUE.match(e.start))

    def twin(e) -> bool:
        if e.start is None:
            return any(o.start is not None and o.type == e.type and not listed_apart(e, o) for o in record.events)
        return month_only(e) and any(o is not e and o.start is not None and len(o.start) > len(e.start)
                                     and o.start.startswith(e.start) and o.type == e.type and not listed_apart(e, o)
                                     for o in record.events)
    record.events[:] = [e for e in record.events if not twin(e) and not _inside_range(e, record, first_mention)]
    # "Piektdien un sestdien Ērgļos notiks olimpiāde" with nothing to count from: one occurrence
    # over both days, not one a day (the dated ones are joined by merging.join_days).
    last: dict[str, DateMention] = {}
    joined: set[int] = set()
    for e in sorted((e for e in record.events if e.start is None and id(e) in first_mention),
                    key=lambda e: first_mention[id(e)].span.start):
        told = first_mention[id(e)]
        before = last.get(e.type)
        if before is not None and before.span.end <= told.span.start \
                and DAYS_JOINED.fullmatch(doc.text, before.span.end, told.span.start):
            joined.add(id(e))
        last[e.type] = told
    if joined:
        record.events[:] = [e for e in record.events if id(e) not in joined]
    # A weekday dated so may now repeat an event the calendar day made; only those go (two shows
    # of one kind at different hours of a day stay two).
    seen = {(e.type, e.start, e.end) for e in record.events if id(e) not in dated_by_weekday}
    kept = []
    for e in record.events:
        key = (e.type, e.start, e.end)
        if id(e) in dated_by_weekday:
            if key in seen:
                continue
            seen.add(key)
        kept.append(e)
    record.events[:] = kept


def _weekdays_beside(doc: Document, record: Record) -> list[tuple[DateMention, str]]:
    """Each calendar day written after its weekday ("Piektdien, 11. aprīlī"), with the weekday's code."""
    found = []
    for d in record.dates:
        m = WEEKDAY_BEFORE.search(doc.text, max(0, d.span.start - 20), d.span.start) \
            if d.relative is None and d.value and d.end is None else None
        if m is not None:
            found.append((d, WEEKDAYS[m.group(1).lower()]))
    return found


def weekdays_beside(doc: Document, record: Record) -> frozenset[str]:
    """The weekdays the text writes beside a calendar day: a bare one told elsewhere is that day
    (drop_undated_twins), no day of its own for the passes to look occurrences up by (stand_in_days)."""
    return frozenset(code for _, code in _weekdays_beside(doc, record))


# A bare weekday, not a last or next one ("ceturtdien", "piektdien").
BARE_WEEKDAY = re.compile(r"^(?:this-)?(MO|TU|WE|TH|FR|SA|SU)$")
WEEKDAY_INDEX = {code: i for i, code in enumerate(WEEK)}
# The longest range a bare weekday is read as lying inside: a week.
WEEK_DAYS = 7


def _range_weekdays(start: str, end: str) -> set[int] | None:
    """The weekdays a range of at most a week covers (all seven when its year is unknown: "XXXX-12-21"
    tells no weekday); None for a longer range, one across a year's end or values that are no days."""
    try:  # (dating.as_date would import this module back: its own reading of a day's value)
        first, last = (dt.date.fromisoformat(v.replace(UNKNOWN_YEAR, "2000")) for v in (start, end))
    except ValueError:
        return None  # a month's or a year's value, no day
    if not 0 <= (last - first).days < WEEK_DAYS:
        return None
    if year_unknown(start):
        return set(WEEKDAY_INDEX.values())
    return {(first + dt.timedelta(days=k)).weekday() for k in range((last - first).days + 1)}


def _inside_range(e, record: Record, first_mention: dict[int, DateMention]) -> bool:
    """An undated occurrence told by a bare weekday after the text dated a fair or an exhibition
    ([open_days] types) over a few days that include that weekday ("No 21. līdz 23. decembrim …
    tirdziņš. … Radošajās darbnīcās ceturtdien un piektdien …"): the weekday names days of that
    range, and the occurrence is a part of it, not one of its own."""
    told = first_mention.get(id(e))
    weekday = BARE_WEEKDAY.match(told.relative or "") if told is not None else None
    if e.start is not None or weekday is None:
        return False
    open_days = vocabulary()["open_days"]["types"]
    for o in record.events:
        first = first_mention.get(id(o))
        if o.start is None or o.end is None or first is None or first.span.start >= told.span.start \
                or o.type not in open_days:
            continue
        covered = _range_weekdays(o.start, o.end)
        if covered is not None and WEEKDAY_INDEX[weekday.group(1)] in covered:
            return True
    return False
