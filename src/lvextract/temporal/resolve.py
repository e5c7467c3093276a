"""Years the text leaves out, in the order RECORD.md fixes:

1. "šā gada", "šī gada", "š.g." (and "nākamā", "pagājušā gada") count from the document
   date (`anchored`); with no document date "šā gada" falls through to 2.–3., the others
   warn;
2. the nearest date that states a year in the same sentence (a lone year counts there:
   "2021. gada rudenī, no 8. līdz 9. oktobrim"; not "kopš 2004. gada"), else the nearest that
   states a year and a month in the same paragraph (a heading is a paragraph of its own). A
   lone year elsewhere in the paragraph is no frame: "19. septembrī … Pats pirmais notika 2002.
   gadā" is not 2002; nor is a birth date ("dzimuši no 2005. gada …") a frame, nor the year a
   return or report is for ("deklarācija par 2019. gadu": reference_years.py), which gives the
   day of its sentence the next year, when the report is done;
3. else a range stated earlier in the text that contains the day: a heading
   "(03.10.–28.10.2016.)" over a list "5. oktobrī …; 12. oktobrī …";
4. else the document date (`anchored`);
5. else XXXX and a warning.

"tā paša gada" takes the year last stated before it. `anchored` is true exactly when the year
came from the document date.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .. import layout
from ..latvian.orthography import UPPER
from .grammar import Atom
from .bracket_years import in_bracket_aside
from .commemorated import commemorated
from .remembered_years import sentence_years
from .reference_years import reference_year
from .later_years import LaterYears, later_bound
from .not_frames import born, frames_days, frames_its_sentence
from .relative_range_start import OFFSETS, start_year as relative_range_start
from .publication_fields import Retold
from .retold_days import RetoldDays
from .field_dates import field_date
from .relative import weekday_beside
from .relative_years import RelativeYears, relative_word_wins
from .colon_lists import joined_paragraph_starts
from .frame_lookups import EarlierRanges, NearestFrames, states_year
from .this_year_frames import frames_retold_day, this_year_after
from .unknown_year import UNKNOWN_YEAR
from .year_frames import LoneYears, head_occurrence as _head_occurrence, heading_when_frames, heading_year_frames, \
    month_frames, month_frames_its_days, past_month_frames, quarter_frames, school_year_below, school_years, \
    told_of_that_past

@dataclass(frozen=True)
class Resolved:
    atom: Atom
    value: str
    end: str | None
    anchored: bool
    warning: str | None = None
    fallback: bool = False  # the year is the document date's only because nothing nearer gave one (order 4)


# A sentence ends at . ! ? before a capital or a quote; "2014. gada", "5. maijā" and "Nr. 5"
# go on, and so does a name's initial ("12. decembrī J. Ozola muzejā notika …"). Good enough to
# tell one sentence's frame from the next one's. The look-behind starts a match only where a run
# of stops begins, so a run of ten thousand dots is read once.
# (The look-behinds stand after the first stop, each one character wider: a pattern that opens by
# reading a character is searched by skipping to the characters of its class, not tried at every
# position; the same matches.)
_SENTENCE_END = re.compile(rf"[.!?…](?<![.!?…][.!?…])(?<!(?<![^\W\d_])[{UPPER}][.!?…])[.!?…]*[\"”»)]*\s+(?=[\"“„«(]?[{UPPER}])")


def _sentence_starts(text: str, paragraph_starts: list[int]) -> list[int]:
    # A paragraph break is a sentence break too: a heading never frames the line below it.
    return sorted({*paragraph_starts, *(m.end() for m in _SENTENCE_END.finditer(text))})


def _format(year: int | None, month: int | None, day: int | None) -> str:
    value = f"{year:04d}" if year is not None else UNKNOWN_YEAR
    if month:
        value += f"-{month:02d}"
        if day:
            value += f"-{day:02d}"
    return value


def _weekday_contradicts(text: str, atom: Atom, year: int) -> bool:
    """A weekday written beside the day that the year a frame gave does not fit: "Otrdien,
    27. jūnijā MK sēdē atbalstīti grozījumi MK 2009. gada 1. septembra noteikumos" (27 June 2009
    was a Saturday), "plānu līdz 2029. gadam … ceturtdien, 16. janvārī". The text itself says
    which day it is; the frame's year is another occasion's."""
    if not (atom.day and atom.month) or atom.is_range or _no_such_day(year, atom.month, atom.day):
        return False
    said = weekday_beside(text, atom.start, atom.end)
    return said is not None and dt.date(year, atom.month, atom.day).weekday() != said


def _year_the_weekday_fits(text: str, atom: Atom, years) -> int | None:
    fitting = [y for y in years if not _no_such_day(y, atom.month, atom.day) and not _weekday_contradicts(text, atom, y)]
    return fitting[0] if len(fitting) == 1 else None


def _no_such_day(year: int, month: int | None, day: int | None) -> bool:
    return month == 2 and day == 29 and not calendar.isleap(year)


def _leap_year(year: int, fallback: bool, document_date) -> tuple[int | None, bool, bool, str | None]:
    """A bare "29. februārī" whose year came out one without that day: a value is always a real
    calendar day. Taken from the document date alone (order 4), it is the leap year whose
    29 February lies within a year of that date ("29. februārī" in a text of 2023-12-10 is
    2024-02-29); else the year is unknown, with a warning. Returns year, anchored, fallback,
    warning."""
    if fallback and isinstance(document_date, dt.date):
        for other in (year - 1, year + 1):
            if calendar.isleap(other) and abs((dt.date(other, 2, 29) - document_date).days) <= 366:
                return other, True, True, None
    return None, False, False, f"there is no 29 February in the year found ({year})"


def resolve(text: str, atoms: list[Atom], document_date, document_span: tuple[int, int] | None = None) -> list[Resolved]:
    """`document_date` is a date, or an ISO string of month or year grain ("2019-05"); `document_span` the
    dateline's characters. A day the dateline frames at step 2 (a metadata line run into the body's first
    paragraph) has the document date's year as at step 4, with that step's tense and weekday rules
    (" date 2024-12 … vēl līdz 5. janvārim ir …" is next January's)."""
    document_year = None
    if document_date is not None:
        document_year = document_date.year if hasattr(document_date, "year") else int(str(document_date)[:4])
    # A list led in by ":" is part of its lead-in's sentence, blank lines between or not.
    paragraph_starts = joined_paragraph_starts(text, layout.paragraph_starts(text))
    sentence_starts = _sentence_starts(text, paragraph_starts)

    def paragraph_of(offset: int) -> int:
        return bisect.bisect_right(paragraph_starts, offset) - 1

    def sentence_of(offset: int) -> int:
        return bisect.bisect_right(sentence_starts, offset) - 1

    stated = [a for a in atoms if states_year(a)]
    reports = {a.start for a in stated if reference_year(text, a)}
    # (nor a cited act's day, nor a year that qualifies its figures or plans, where the text has a
    # dateline: the dateline's year rules)
    # A commemorated date is no frame, and its years are the remembered past of its sentence
    # (remembered_years.py): read once for both.
    marked = [commemorated(text, a) for a in stated]
    frames = [a for a, m in zip(stated, marked) if not m and a.start not in reports and frames_days(text, a, document_year)]
    # The year a return or report is for frames no day, but tells it: what reports on a year is
    # done after it ("deklarācija par 2019. gadu … līdz 1. jūnijam" is 2020's June, whatever the
    # page's date; reference_years.py).
    reported = NearestFrames([a for a in stated if a.start in reports], sentence_of)
    # A school year's two years read as its September-to-August range (year_frames.school_years).
    school = school_years(text, frames, document_year)
    near_frames = [school.get(a.start, a) if a.grain == "year" and a.is_range else a for a in frames]
    in_sentence = NearestFrames([a for a in near_frames if frames_its_sentence(text, a, document_year)], sentence_of)
    # (with no document date, a bound after the day in another sentence frames it not: later_years.later_bound;
    # a "šī gada" day's year is the text's own, which RECORD's order 2 reads from any nearest date)
    in_paragraph = NearestFrames([a for a in near_frames if a.month], paragraph_of, None if document_year is not None else
                            lambda f, a: sentence_of(f.start) == sentence_of(a.start) or a.relative == "this"
                            or not later_bound(text, f))
    retold = Retold(text, atoms)
    # A school year stated earlier is a range too, after the written ones: its September-to-August
    # span holds one year of each bare month below it ("Mācību gads 2014./2015." over "Pavasara
    # brīvdienas no 16. marta"; year_frames.school_year_below).
    school_ranges = EarlierRanges(list(school.values()), [], document_year)
    # A relative start before a stated end takes the document's year (relative_range_start.py);
    # such a range joins the earlier ranges in the loop, with that year.
    relative_starts = {a.start: y for a in atoms if (y := relative_range_start(text, a, document_year)) is not None}
    earlier_ranges = EarlierRanges([a for a in atoms if not (a.is_range and (born(text, a) or in_bracket_aside(text, a)))
                                     and a.start not in relative_starts]
                                    + month_frames(text, frames, document_year)
                                    + quarter_frames(text, frames, document_year)
                                    + heading_year_frames(text, atoms, document_year)
                                    + heading_when_frames(text, atoms, document_year),
                                    [a for a in stated if field_date(text, a) or _head_occurrence(text, a, retold)],
                                    document_year)
    # with no document date, a month a past sentence told of, for the bare days past sentences tell
    past_months = EarlierRanges(past_month_frames(text, frames, document_year), [], document_year)
    stated_ends = [a.end for a in stated]
    frame_years = sentence_years(frames, sentence_of)
    relative_years = RelativeYears(text, atoms, sentence_of)
    lone_years = LoneYears(text, frames, paragraph_of, sentence_of, document_year)
    # a "šī gada" day with no document date reads a goal's year too ("līdz 2019. gada beigām")
    goal_years = LoneYears(text, frames, paragraph_of, sentence_of, document_year, until=True) \
        if document_year is None else lone_years
    # with no document date, a year after the day in its paragraph, last of all (later_years.py)
    later_years = LaterYears(text, frames, paragraph_of, sentence_of) if document_year is None else None
    remembered = sentence_years((a for a, m in zip(stated, marked) if m), sentence_of)
    retold_days = RetoldDays(text)

    def last_stated_year(atom: Atom) -> int | None:
        i = bisect.bisect_right(stated_ends, atom.start)
        return (stated[i - 1].end_year or stated[i - 1].year) if i else None

    out = []
    for atom in atoms:
        year, anchored, warning, fallback, contradicted = atom.year, False, None, False, False
        if atom.start in relative_starts:
            year, anchored = relative_starts[atom.start], True
        elif year is None:
            if atom.relative in OFFSETS and document_year is not None:
                year, anchored = document_year + OFFSETS[atom.relative], True
            elif atom.relative in ("next", "previous"):
                warning = "no document date to count a relative year from"
            elif atom.relative == "same":
                year = last_stated_year(atom)
            else:
                report = reported.frame(atom)
                by_sentence = in_sentence.year(atom)
                by_paragraph = None if by_sentence or report else in_paragraph.year(atom)
                year = by_sentence or (report.year + 1 if report else None) or by_paragraph \
                    or (goal_years if atom.relative == "this" else lone_years).year(atom) \
                    or this_year_after(goal_years, atom) or earlier_ranges.year(atom) \
                    or (past_months.year(atom) if past_months.ranges and told_of_that_past(text, atom) else None) \
                    or school_year_below(text, atom, school_ranges.year(atom), document_date) \
                    or retold_days.year(atom) \
                    or (later_years.year(atom) if later_years is not None else None)
                # the frame that gave the year, if the sentence's or the paragraph's did
                source = in_sentence.frame(atom) if by_sentence else in_paragraph.frame(atom) if by_paragraph else None
                if source is not None and (source.start, source.end) == document_span and year == document_year:
                    anchored, fallback = True, True  # the dateline's own year: step 4's, with its tense and weekday rules
                contradicted = year is not None and _weekday_contradicts(text, atom, year)
                if contradicted:
                    # The frame speaks of another occasion; another year stated in the sentence
                    # may be the day's ("Trešdien, 1. augustā … pēc 2020. gada … 2018. gadā"):
                    # the one the weekday fits, if only one does; else on to the document date.
                    year = _year_the_weekday_fits(text, atom, frame_years.get(sentence_of(atom.start), ()))
                    contradicted = year is None
                if year in remembered.get(sentence_of(atom.start), ()):
                    year = None  # the sentence names that year as the past it remembers (remembered_years.py)
                said = relative_years.nearest(atom) if document_year is not None else None
                if said is not None and relative_word_wins(said, in_sentence.frame(atom), atom, year is not None) \
                        and (year is not None or not _weekday_contradicts(text, atom, document_year + OFFSETS[said[1]])):
                    year, anchored = document_year + OFFSETS[said[1]], True
            if year is None and warning is None and document_year is not None:
                year, anchored, fallback = document_year, True, True
            if year is None and warning is None:
                warning = ("the weekday beside it does not fit the year its sentence or paragraph gives, and no document date"
                           if contradicted else "no year in its sentence, paragraph or an earlier range, and no document date")
            if year is not None and _no_such_day(year, atom.month, atom.day):
                year, anchored, fallback, warning = _leap_year(year, fallback, document_date)
            if year is not None and not (fallback or anchored) and month_frames_its_days(text, atom, year, document_year):
                earlier_ranges.add(atom, year, year, month_read=True)  # a month its paragraph dated frames its bare days below
            if year is not None and not (fallback or anchored) and frames_retold_day(atom):
                earlier_ranges.add_day(atom, year)  # a "šī gada" day its paragraph dated frames the same day told again
        if not fallback:
            retold_days.add(atom, year)
        end = None
        if atom.is_range:
            end_year = atom.end_year
            if atom.end_relative in OFFSETS:
                end_year = document_year + OFFSETS[atom.end_relative] if document_year is not None else None
            elif end_year is None or atom.year is None:
                end_year = year
                if year is not None and (atom.end_month or 0, atom.end_day or 0) < (atom.month or 0, atom.day or 0):
                    end_year = year + 1
            if end_year is not None and _no_such_day(end_year, atom.end_month, atom.end_day):
                end_year = None
                warning = warning or f"there is no 29 February in the year found ({year})"
            end = _format(end_year, atom.end_month, atom.end_day)
            if (atom.year is None or atom.start in relative_starts) and year is not None and end_year is not None \
                    and not fallback and atom.month:
                earlier_ranges.add(atom, year, end_year)
        span_text = text[atom.start:atom.end]
        if warning:
            warning = f"dates: year unknown in “{span_text}” (chars {atom.start}-{atom.end}): {warning}"
        out.append(Resolved(atom, _format(year, atom.month, atom.day), end, anchored, warning, fallback))
    return out
