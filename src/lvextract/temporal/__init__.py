"""The Latvian temporal grammar: dates, ranges, relative years, the document date and times.

`analyse(text)` is the whole job for the dates extractor; `parse_times(text)` is the clock-time
grammar that the events and deadlines extractors reuse.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .document_date import find_document_date
from .grammar import Atom, find_atoms
from .resolve import Resolved, resolve
from .times import parse_times

# Day ranges longer than a quarter are periods (a project's duration); shorter ones are
# occasions (an event's days, an application window) that events and deadlines may claim.
PERIOD_DAYS = 92


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    value: str
    end_value: str | None
    anchored: bool
    role: str
    rule: str


@dataclass
class Analysis:
    # A day, or "YYYY-MM" when only a metadata line's month is stated ("Datums: 2019-05").
    document_date: dt.date | str | None
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _role(item: Resolved, document_atom: Atom | None) -> str:
    atom = item.atom
    if atom is document_atom:
        return "document"
    if not atom.is_range:
        return "other"
    if atom.grain == "year":
        return "period"
    if atom.grain == "month":
        return "period"
    # An unknown year counts as 2000 (a leap year, so 29.02. stays a date); a wrap adds one.
    start_year = atom.year or 2000
    end_year = atom.end_year or (start_year + 1 if (atom.end_month, atom.end_day) < (atom.month, atom.day) else start_year)
    days = (dt.date(end_year, atom.end_month, atom.end_day) - dt.date(start_year, atom.month, atom.day)).days
    return "period" if days > PERIOD_DAYS else "other"


def analyse(text: str, document_date: dt.date | None = None, reference_date: dt.date | None = None) -> Analysis:
    """All dates of `text`. A given `document_date` replaces the one the text would state; a
    `reference_date` anchors years where the text states no document date, without becoming one."""
    # A portal's "today" header and a print date stay in `dates` (they are written calendar
    # expressions); they are only kept from becoming the document date.
    atoms = find_atoms(text)
    document_atom = None
    if document_date is None:
        document_date, document_atom = find_document_date(text, atoms)
    resolved = resolve(text, atoms, document_date or reference_date)
    analysis = Analysis(document_date)
    for item in resolved:
        analysis.mentions.append(Mention(item.atom.start, item.atom.end, item.value, item.end, item.anchored,
                                         _role(item, document_atom), item.atom.rule))
        if item.warning:
            analysis.warnings.append(item.warning)
    return analysis


__all__ = ["Analysis", "Mention", "analyse", "parse_times"]
