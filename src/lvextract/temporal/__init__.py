"""The Latvian temporal grammar: dates, ranges, relative years, the document date and times.

`analyse(text)` is the whole job for the dates extractor; `parse_times(text)` is the clock-time
grammar that the events and deadlines extractors reuse.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass, field, replace

from .. import layout
from . import vocabulary as vocab
from .changed_stamps import changed_stamps
from .dateline_dash import dash_dateline
from .date_rule_actions import GLUED_STAMP_RULES
from .document_date import find_document_date
from .agency_dateline import agency_dateline, agency_value
from .metadata_day import day_of_metadata_month
from .foreign import find_foreign
from .foreign_dateline import find_foreign_dateline, foreign_atom
from .grammar import Atom, find_atoms
from .date_patterns import UNTIL
from .dateline_day import dateline_day
from .month_weekday import month_weekday
from .page_furniture import furniture_spans
from .post_headings import post_heading_days
from .relative import find_relatives, weekday_beside, weekday_warnings
from .relative_builders import WEEKDAYS
from .relative_beside import weekday_word
from .headline_today import headline_today, month_of_near_day
from .relative_words import lookups
from .resolve import Resolved, resolve
from .sentence_window import sentence_around
from .times import parse_times
from .unknown_year import UNKNOWN_YEAR, year_unknown
from .year_turn import said_tense, year_by_tense

# Day ranges longer than a quarter are periods (a project's duration); shorter ones are
# occasions (an event's days, an application window) that events and deadlines may claim.
PERIOD_DAYS = 92


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    value: str | None  # None only for a relative date with nothing to count from
    end_value: str | None
    anchored: bool
    role: str
    rule: str
    relative: str | None = None  # the normalised relative expression (+P1D, next-MO)


@dataclass
class Analysis:
    # A day, or "YYYY-MM" when only a metadata line's month is stated ("Datums: 2019-05"), or
    # "XXXX-MM-DD" for an agency's dateline without its year ("Cēsis, 9.marts, LETA.").
    document_date: dt.date | str | None
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)  # widget dates: no event's day


def _role(item: Resolved, document_atom: Atom | None) -> str:
    atom = item.atom
    if atom is document_atom:
        return "document"
    if not atom.is_range:
        return "other"
    if atom.grain == "year":
        return "period"
    if atom.grain == "month" or atom.end_day is None or atom.end_month is None:
        return "period"  # also a day to a later year's month or year: "no 2015. gada 1. maija līdz 2019. gadam"
    # An unknown year counts as 2000 (a leap year, so 29.02. stays a date); a wrap adds one.
    start_year = atom.year or 2000
    end_year = atom.end_year or (start_year + 1 if (atom.end_month, atom.end_day) < (atom.month, atom.day) else start_year)
    days = (dt.date(end_year, atom.end_month, atom.end_day) - dt.date(start_year, atom.month, atom.day)).days
    return "period" if days > PERIOD_DAYS else "other"


def analyse(text: str, document_date: dt.date | None = None, reference_date: dt.date | None = None,
            published: str | None = None) -> Analysis:
    """All dates of `text`. A given `document_date` replaces the one the text would state; a
    `reference_date` anchors years where the text states no document date, without becoming one."""
    # A portal's "today" header with its year and a print date stay in `dates` (written calendar
    # expressions); they are only kept from becoming the document date.
    atoms = find_atoms(text)
    document_atom = None
    foreign_dateline = None
    if document_date is None:
        document_date, document_atom = find_document_date(text, atoms)
    if isinstance(document_date, str) and document_atom is not None:
        # A metadata line's month, and the article's day of that month under it: the day.
        day = day_of_metadata_month(text, atoms, document_atom)
        if day is not None:
            document_date, document_atom = dt.date(day.year, day.month, day.day), day
        elif (f := find_foreign_dateline(text, [(a.start, a.end) for a in atoms])) and f.value.startswith(document_date):
            document_date, foreign_dateline = dt.date.fromisoformat(f.value), f
    if document_date is None:
        # A bilingual or English page may carry its dateline in English ("29 July 2021").
        foreign_dateline = find_foreign_dateline(text, [(a.start, a.end) for a in atoms])
        if foreign_dateline is not None:
            document_date = dt.date.fromisoformat(foreign_dateline.value)
    if document_date is None and published:
        # The page's metadata (<meta article:published_time>, <time>, JSON-LD): below any
        # dateline the text itself gives.
        document_date = dt.date.fromisoformat(published)
    # English and Russian dates the Latvian grammar left take their missing year in the same
    # order as Latvian ones (sentence, paragraph, earlier range, document date).
    foreign = [foreign_atom(f) for f in find_foreign(text, [(a.start, a.end) for a in atoms])]
    if foreign_dateline is not None:
        document_atom = next((a for a in foreign if a.start == foreign_dateline.start), None)
    # An agency's dateline without its year ("Ozoli, 9.marts, LETA."): the document's day, year
    # unknown; it anchors no year, so it is read apart from the anchor.
    agency = agency_dateline(text, atoms) if document_date is None and document_atom is None else None
    if agency is not None:
        document_atom = agency
        if agency.year is not None:  # "Ozoli, 2021. gada 4. marts, LETA.": a dateline as any other
            document_date, agency = dt.date(agency.year, agency.month, agency.day), None
    resolved = resolve(text, sorted(atoms + foreign, key=lambda a: a.start), document_date or reference_date,
                       (document_atom.start, document_atom.end) if document_atom is not None and document_date is not None else None)
    # Every furniture span (a widget's today, a print stamp's date) keeps the year resolve gave it
    # (step 4): the weekday and tense fixes are skipped for all of them (a widget's weekday tells
    # the year the page was shown, not a year of the text).
    page_furniture = furniture_spans(text, atoms)
    shown = set(page_furniture)
    # A yearless widget's weekday is the day the page was shown: no year of the text to check it
    # against (a widget that states its year is checked as any day is).
    yearless = {(a.start, a.end) for a in atoms if (a.start, a.end) in shown and a.year is None}
    resolved = [item if (item.atom.start, item.atom.end) in shown
                else year_by_tense(text, _year_by_weekday(text, item, document_date or reference_date),
                                   document_date or reference_date) for item in resolved]
    resolved = [dateline_day(text, item, document_date, document_atom) for item in resolved]
    resolved = [month_weekday(text, item) for item in resolved]  # "janvāra pēdējā piektdienā": its day
    analysis = Analysis(agency_value(agency) if agency is not None else document_date,
                        furniture=list(page_furniture))
    # A calendar widget's "today" without its year ("Pirmdiena, 2. februāris" over the name days) is
    # the day the page was shown: a date of the text as any written day is (RECORD: every explicit
    # calendar expression), taking its year by the normal order (step 4: the document date's year,
    # else XXXX with a warning). It stays furniture: never the document date, no event's day, and
    # it lends no year to other days (it states none). A widget's range or relative day the
    # document's year left keeps an unknown year.
    resolved = [replace(item, value=UNKNOWN_YEAR + item.value[4:], anchored=False)
                if item.fallback and (item.atom.start, item.atom.end) in shown
                and (item.atom.year is not None or item.atom.relative is not None or item.atom.is_range)
                else item for item in resolved]
    # A "last changed" stamp dates no event either, but its year is the page's as any day's is.
    analysis.furniture.extend(changed_stamps(text, atoms))
    if document_atom is not None and document_atom.rule in GLUED_STAMP_RULES:
        # "Notiks sanāksmes Annā22.02.2017.": the CMS's posting stamp, not the meetings' day.
        analysis.furniture.append((document_atom.start, document_atom.end))
    if dash_dateline(text, atoms, document_atom):
        analysis.furniture.append((document_atom.start, document_atom.end))  # "15.03.2019 – 1. aprīlī notiks …"
    for item in resolved:
        analysis.mentions.append(Mention(item.atom.start, item.atom.end, item.value, item.end, item.anchored,
                                         _role(item, document_atom), item.atom.rule))
        if item.warning:
            analysis.warnings.append(item.warning)
    anchor = document_date or reference_date
    taken = [(m.start, m.end) for m in analysis.mentions]
    all_furniture = set(analysis.furniture)
    # The stated single full days outside the furniture, read once: the post headings are sought among
    # all of them, the relative dates counted from those that are no dateline.
    full_days = [m for m in analysis.mentions if m.end_value is None and m.value and _FULL_DAY.fullmatch(m.value)
                 and (m.start, m.end) not in all_furniture]
    days = [(m.start, m.value) for m in full_days if m.role != "document"]
    # An archive's posts under their own heading dates: stamps, as the dateline is (post_headings.py).
    posts = post_heading_days(text, [(m.start, m.end) for m in full_days],
                              (document_atom.start, document_atom.end) if document_atom is not None else None)
    analysis.furniture.extend(posts)
    relative = _relative_mentions(text, taken, anchor, analysis.warnings, days, {s for s, _ in posts})
    analysis.warnings.extend(_weekday_checks(text, [m for m in analysis.mentions if (m.start, m.end) not in yearless], anchor))
    analysis.mentions = sorted(analysis.mentions + relative, key=lambda m: m.start)
    return analysis


def _year_by_weekday(text: str, item: Resolved, anchor) -> Resolved:
    """A day whose year came from the document date alone (no year in its sentence, paragraph
    or an earlier range) but with its weekday beside it: the weekday tells the year when it fits
    the year after or before, not the document's, and that day is nearer the document date
    ("1. janvāris (ceturtdiena)" in a text of December 2025 is 2026-01-01). "šā gada" keeps
    the document's year. A range of days whose years the text leaves out moves whole with the
    weekday beside its first day ("no trešdienas, 1. jūnija līdz ceturtdienai, 30. jūnijam")."""
    atom = item.atom
    if not item.fallback or atom.relative or atom.year is not None or atom.day is None or anchor is None \
            or (item.end is not None and (atom.end_year is not None or atom.end_day is None)):
        return item
    near = anchor if isinstance(anchor, dt.date) else dt.date(int(str(anchor)[:4]), int(str(anchor)[5:7] or 6), 15)
    # A range's weekday after its span names its last day ("līdz 6. maijam (piektdienai)"): its
    # first day's is the one written before the range, or inside it before "līdz" ("no 1. jūnija
    # (trešdienas) līdz …").
    if item.end is None:
        said = weekday_beside(text, atom.start, atom.end)
    else:
        said = weekday_beside(text, atom.start, atom.start)
        if said is None:
            said = _first_day_weekday(text, atom)
    year = int(item.value[:4])
    if said is None or dt.date(year, atom.month, atom.day).weekday() == said:
        return item
    here = abs((dt.date(year, atom.month, atom.day) - near).days)
    for other in (year + 1, year - 1):
        try:
            day = dt.date(other, atom.month, atom.day)
        except ValueError:
            continue  # 29 February
        # A document date of month grain (a metadata line "2024-04", often the month the page was
        # filed, not written) has no day to measure nearness from: the weekday beside a single day
        # alone picks the year ("sestdien, 7. janvārī" under "2024-04" is 2023-01-07; docs/record.md,
        # step 4). Not a range's: "sestdien un svētdien, 16. un 17. septembrī" names its end's weekday
        # right before it.
        coarse = not isinstance(anchor, dt.date) and item.end is None
        if day.weekday() == said and (abs((day - near).days) < here or coarse):
            end = item.end
            if end is not None and not year_unknown(end):
                end = f"{int(end[:4]) + other - year:04d}{end[4:]}"
            return replace(item, value=f"{other:04d}{item.value[4:]}", end=end)
    return item


_RANGE_UNTIL = re.compile(rf"(?<!\w)(?:{UNTIL})(?!\w)", re.IGNORECASE)


def _first_day_weekday(text: str, atom: Atom) -> int | None:
    """The weekday (0 = Monday) named inside a range's span before its "līdz": "no 1. jūnija
    (trešdienas) līdz 30. jūnijam" names its first day's. A bounded read of the span."""
    span = text[atom.start:min(atom.end, atom.start + 80)]
    until = _RANGE_UNTIL.search(span)
    if until is None:
        return None
    m = weekday_word().search(span, 0, until.start())
    return WEEKDAYS.index(lookups()["weekday"][m["day"].lower()]) if m else None


def _anchor_year(anchor: dt.date | str | None) -> int | None:
    if anchor is None:
        return None
    return anchor.year if isinstance(anchor, dt.date) else int(str(anchor)[:4])


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# A bare weekday is read in the week of the day stated before it in its paragraph only when
# counting from the document date lands more than this many days away from that day.
_SAME_WEEK = 6


def _weekday_in_context(text: str, r, value: str | None, anchor, days: list[tuple[int, str]], day_starts: list[int],
                        paragraph_starts: list[int], heads: set[int] = frozenset()) -> str | None:
    """A bare weekday ("piektdien") after a stated day of its paragraph speaks of that day's
    week: "12. maija vakarā … Jau piektdien jāsagaida koris" in a text of 2 May is 11 May, not
    the first Friday after the document date. Taken only when counting from the document date
    falls in another week than the stated day, and only on the side of the document date the
    tense puts it (a future day on or after it, a past one on or before): "Pagājušajā sestdienā,
    6. jūnijā, … Otrdien notiks sapulce" in a text of 10 June stays the coming Tuesday. A weekday
    whose sentence says no tense at all ("Viesi ieradās svētdien, 7. jūlijā. Pirmdien – ekskursija")
    is read in the stated day's week whichever side of the document date it falls."""
    if r.rule != "weekday" or value is None or not isinstance(anchor, dt.date) or not days:
        return value
    k = bisect.bisect_right(day_starts, r.start) - 1
    if k < 0:
        return value
    start, stated = days[k]
    if start in heads:
        # an archive's post under its own heading date: counted from it by its tense (post_headings.py)
        return r.build(dt.date.fromisoformat(stated))
    paragraph = bisect.bisect_right(paragraph_starts, r.start) - 1
    if bisect.bisect_right(paragraph_starts, start) - 1 != paragraph:
        return value
    counted, frame = dt.date.fromisoformat(value), dt.date.fromisoformat(stated)
    if abs((counted - frame).days) <= _SAME_WEEK:
        return value
    ahead = (counted.weekday() - frame.weekday()) % 7
    # that weekday after the stated day, within four days; else the one just before it
    # ("12. maijā" a Saturday: "svētdien" the 13th, "piektdien" the 11th)
    chosen = frame + dt.timedelta(days=ahead if ahead <= 4 else ahead - 7)
    future = counted >= anchor
    if ((future and chosen < anchor) or (not future and chosen > anchor)) \
            and said_tense(text, r.start, r.end) is not None:
        return value
    return chosen.isoformat()


@lru_cache(maxsize=1)
def _next_words() -> frozenset[str]:
    return frozenset(vocab.temporal()["year_turn"]["next_words"])


def _weekday_of_stated(text: str, r, days: list[tuple[int, str]], day_starts: list[int]) -> str | None:
    """A bare weekday ("sestdien") with no full document date to count from names the last day the
    text stated before it when that day falls on this weekday: "Sestdien, 20. maijā, Ozolu muzejā …
    Pils muzejs viesus sestdien gaidīs no pulksten 17" in a text dated only "2017-05" is the 20th.
    Another weekday stays unresolved (which week it is in the text does not say), and so does one in
    the stated day's own sentence ("ja 18. novembris iekrīt sestdienā": any Saturday) or one said to
    be the next ([year_turn] next_words)."""
    if r.rule != "weekday" or r.relative not in WEEKDAYS:
        return None
    k = bisect.bisect_right(day_starts, r.start) - 1
    left, right = sentence_around(text, r.start, r.end)
    if k < 0 or days[k][0] >= left:
        return None
    if any(w.lower() in _next_words() for w in re.findall(r"\w+", text[left:right])):
        return None  # "Nākamā talka būs sestdien": the next one, another week
    stated = days[k][1]
    return stated if WEEKDAYS[dt.date.fromisoformat(stated).weekday()] == r.relative else None


def _relative_mentions(text: str, taken, anchor, warnings: list[str],
                       days: list[tuple[int, str]] = (), heads: set[int] = frozenset()) -> list[Mention]:
    """Relative dates ("rīt", "nākamajā pirmdienā") counted from the document date, else the
    reference date; with neither, or a document date coarser than the expression ("rīt" in a
    text dated only "2025-03"), the value stays None. A bare weekday after a stated day of its
    paragraph may be read in that day's week (`_weekday_in_context`)."""
    out = []
    paragraph_starts = layout.paragraph_starts(text) if days else []
    day_starts = [s for s, _ in days]
    today = headline_today(text, anchor, days)
    for r in find_relatives(text, taken):
        value = _weekday_in_context(text, r, r.value(anchor), anchor, days, day_starts, paragraph_starts, heads)
        if value is None and not isinstance(anchor, dt.date):
            value = _weekday_of_stated(text, r, days, day_starts)
        if value is None and today is not None and r.relative == "+P0D" and r.start >= today[0]:
            value = today[1]
        if value is None:
            value = month_of_near_day(anchor, r.relative)  # "vakar" under "Datums: 2019-05": that month
        if value is None:
            reason = "the text states no document date to count from" if anchor is None else \
                f"the document date ({anchor}) is too coarse to count from"
            warnings.append(f"dates: “{text[r.start:r.end]}” (chars {r.start}-{r.end}) is relative ({r.relative}) "
                            f"and {reason}")
        out.append(Mention(r.start, r.end, value, None, value is not None, "other", f"relative-{r.rule}", r.relative))
    return out


def _weekday_checks(text: str, mentions: list[Mention], anchor) -> list[str]:
    days = [(m.start, m.end, m.value) for m in mentions if m.value and m.end_value is None and len(m.value) == 10]
    stated = [(m.start, int(m.value[:4])) for m in mentions
              if m.value and not year_unknown(m.value) and not m.anchored and m.role != "document"]
    return weekday_warnings(text, days, stated, _anchor_year(anchor))


__all__ = ["Analysis", "Mention", "analyse", "parse_times"]
