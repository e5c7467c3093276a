"""Which earlier ranges frame a "šī gada" day in a text with no document date (RECORD.md's order,
3.). A range the text writes ("(03.10.–28.10.2016.)") does; a month or a quarter with its year,
read as a range of its days (year_frames.month_frames, quarter_frames, month_frames_its_days), does
not: "this year" is the writer's year, and a month named with its year elsewhere ("Projekts sākts
2020. gada jūnijā" over "Š.g. 19. jūnijā dalībnieki tikās") states only its own. The day keeps
its year unknown unless its sentence or paragraph gives one (order 2.): for such a day a lone year
said after it in its paragraph counts too ("Šī gada 24. martā notiks sēde. … darbi 2025. gadā"),
as a lone year before a bare day does (year_frames.LoneYears: not a past sentence's, nor a bound
but the year a goal is set by, "līdz 2027. gada beigām", which a "šī gada" day reads either side);
and a "šī gada" day that got its year so frames the same day told again below without one
("Sēdes laiks: 24. martā plkst. 10.00"), as a one-day range (RECORD.md's order, 3.). O(log n) per day."""
from __future__ import annotations

from .date_atom import Atom
from .year_frames import LoneYears

# The rules of the months and quarters year_frames reads as ranges.
MONTH_READ_AS_RANGE = frozenset({"month_frame", "quarter_frame"})


def frames_this_year(atom: Atom) -> bool:
    """Whether a month read as a range may give `atom` its year: not a "šī gada" day's."""
    return atom.relative != "this"


def this_year_after(lone_years: LoneYears, atom: Atom) -> int | None:
    """The lone year after a "šī gada" day in its paragraph, for a text with no document date (with
    one, order 1. gave the day its year before this is asked)."""
    return lone_years.after(atom) if atom.relative == "this" else None


def frames_retold_day(atom: Atom) -> bool:
    """Whether `atom`, once its paragraph gave its year, frames the same day told again below: a
    "šī gada" day, one day (asked only where the year is not the document date's)."""
    return atom.relative == "this" and atom.day is not None and not atom.is_range
