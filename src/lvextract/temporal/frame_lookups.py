"""The look-ups of RECORD.md's order 2 and 3 that resolve.py asks per bare day: the nearest frame
stating a year in the day's sentence or paragraph (NearestFrames), and the ranges with a stated
year before the day that hold it (EarlierRanges). Each a bisection and at most _LOOKAROUND
candidates each way, so that a page of a thousand dates stays linear."""
from __future__ import annotations

import bisect

from .grammar import Atom
from .relative_range_start import years_from_stated_end
from .this_year_frames import MONTH_READ_AS_RANGE, frames_this_year
from .year_frames import school_year_of

# Nearest-frame and range look-ups read at most this many candidates each way, so that a page
# of a thousand dates stays linear.
_LOOKAROUND = 20


def states_year(atom: Atom) -> bool:
    """Whether the atom states its year (not one counted from a relative word)."""
    return atom.year is not None and not atom.relative


# The longest range, in years, whose years are tried for a bare day inside it (a constant per day).
_RANGE_YEARS = 5


class NearestFrames:
    """Frames grouped by a unit (sentence or paragraph), for the nearest one to an atom."""

    def __init__(self, frames: list[Atom], unit_of, later_ok=None) -> None:
        self.unit_of, self.later_ok = unit_of, later_ok  # later_ok(frame, atom): may a frame after the atom frame it
        self.by_unit: dict[int, list[Atom]] = {}
        for a in frames:  # atoms come sorted by start
            self.by_unit.setdefault(unit_of(a.start), []).append(a)
        self.starts = {u: [a.start for a in fs] for u, fs in self.by_unit.items()}

    def frame(self, atom: Atom) -> Atom | None:
        """The nearest frame in the atom's unit (closer by characters; on a tie the one before)."""
        unit = self.unit_of(atom.start)
        frames = self.by_unit.get(unit)
        if not frames:
            return None
        i = bisect.bisect_left(self.starts[unit], atom.start)
        before = next((f for f in reversed(frames[max(0, i - _LOOKAROUND):i]) if f is not atom), None)
        after = next((f for f in frames[i:i + _LOOKAROUND] if f is not atom), None)
        if after is not None and self.later_ok is not None and not self.later_ok(after, atom):
            after = None
        neighbours = [f for f in (before, after) if f is not None]
        return min(neighbours, key=lambda f: (max(f.start - atom.end, atom.start - f.end), f.start > atom.start)) \
            if neighbours else None

    def year(self, atom: Atom) -> int | None:
        nearest = self.frame(atom)
        if nearest is None:
            return None
        school = school_year_of(nearest, atom)
        if school is not None:
            return school  # "2015./2016. mācību gadā": October is 2015's, May 2016's
        if nearest.end_year and nearest.year is not None and 0 < nearest.end_year - nearest.year <= _RANGE_YEARS and atom.month:
            # A range over the new year frames a day with the year that puts it inside the range:
            # "no 2022. gada novembra līdz 2023. gada novembrim … 15. martā" is 2023's March.
            bounds = _bounds(nearest)
            inside = [y for y in range(nearest.year, nearest.end_year + 1)
                      if bounds and EarlierRanges._holds(*bounds, y, atom)]
            if len(inside) == 1:
                return inside[0]
            if nearest.start < atom.start:
                # A day outside it, after it, is the end's year: "no 26. decembra līdz 2023. gada
                # 6. janvārim … pavasara brīvlaiks no 13. marta" is 2023's.
                return nearest.end_year
        return nearest.year


def _bounds(atom: Atom) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """A stated range as (year, month, day) from and to, months and days filled out."""
    if not (atom.is_range and (states_year(atom) or years_from_stated_end(atom)) and atom.month):
        return None
    end_year = atom.end_year if atom.end_year is not None else atom.year
    end_month = atom.end_month or atom.month
    return (atom.year, atom.month, atom.day or 1), (end_year, end_month, atom.end_day or 31)


# A range that took its year from its sentence and ended more years than this before the
# document's year tells of another time: a history, a remembered night. The bare days after
# it fall to the document date (a period of the year before still frames a report; a range
# that states its own year frames as RECORD.md's order 3. says, whatever its year).
_HISTORY_GAP = 1


class EarlierRanges:
    """Ranges with a stated year, left to right; the last ones before an atom that hold its day."""

    def __init__(self, atoms: list[Atom], field_days: list[Atom], document_year: int | None = None) -> None:
        # A field's day is a range of one day that frames only that day told again, never its month.
        # A month or quarter read as a range (year_frames: the rules "month_frame", "quarter_frame")
        # is marked: it frames no "šī gada" day (this_year_frames.py).
        days = [(a.end, ((a.year, a.month, a.day), (a.year, a.month, a.day)), True, False) for a in field_days]
        self.ranges = sorted([(a.end, b, False, a.rule in MONTH_READ_AS_RANGE) for a in atoms if (b := _bounds(a))] + days)
        self.ends = [end for end, *_ in self.ranges]
        self.document_year = document_year

    def year(self, atom: Atom) -> int | None:
        if not atom.month:
            return None
        i = bisect.bisect_right(self.ends, atom.start)
        for _, (first, last), day_only, month_read in reversed(self.ranges[max(0, i - _LOOKAROUND):i]):
            if day_only and not atom.day or month_read and not frames_this_year(atom):
                continue
            years = [y for y in range(first[0], last[0] + 1) if self._holds(first, last, y, atom)]
            if len(years) == 1:
                return years[0]
        return None

    def add(self, atom: Atom, year: int, end_year: int, month_read: bool = False) -> None:
        """A range whose year its sentence or paragraph gave: it frames the bare days after it as a
        stated range does ("2016. gadā … no 3. līdz 28. oktobrim" over "5. oktobrī – Limbažos").
        One whose year lies long before the document's tells of another time ("1941. gada naktī no
        13. uz 14. jūniju") and frames nothing: the bare days after it are the text's own."""
        if self.document_year is not None and end_year < self.document_year - _HISTORY_GAP:
            return
        i = bisect.bisect_right(self.ends, atom.end)
        self.ranges.insert(i, (atom.end, ((year, atom.month, atom.day or 1),
                                          (end_year, atom.end_month or atom.month, atom.end_day or 31)), False, month_read))
        self.ends.insert(i, atom.end)

    def add_day(self, atom: Atom, year: int) -> None:
        """A day whose year its paragraph gave, as a one-day range: it frames only that day told
        again below ("Šī gada 24. martā notiks sēde …" over "Sēdes laiks: 24. martā"), as a field's day does."""
        i = bisect.bisect_right(self.ends, atom.end)
        day = (year, atom.month, atom.day)
        self.ranges.insert(i, (atom.end, (day, day), True, False))
        self.ends.insert(i, atom.end)

    @staticmethod
    def _holds(first, last, year: int, atom: Atom) -> bool:
        if atom.day:
            return first <= (year, atom.month, atom.day) <= last
        return first[:2] <= (year, atom.month) <= last[:2]
