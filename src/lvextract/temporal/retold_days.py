"""A day told again further down by its weekday ("Festivāls notiks 2011. gada 22. un 23. janvārī."
… a paragraph below "Sestdien, 22. janvārī, koncerts"): the earlier mention with its year is a
range of one day stated earlier that holds it (RECORD.md's order, 3.), and the weekday written
beside the retold day agrees with that year, so the day takes it instead of an unknown year or
the document's. Built left to right as `resolve` gives the days their years: O(1) a day."""

from __future__ import annotations

import datetime as dt

from .relative_beside import weekday_beside


class RetoldDays:
    def __init__(self, text: str) -> None:
        self.text = text
        self._years: dict[tuple[int, int], int] = {}

    def add(self, atom, year: int | None) -> None:
        """A day whose year the text gave (not the document date's fallback): the last one of its
        month and day is kept."""
        if year is not None and atom.day and atom.month and not atom.is_range:
            self._years[atom.month, atom.day] = year

    def year(self, atom) -> int | None:
        """The year of the same day told earlier, when the weekday beside this one fits it."""
        if not (atom.day and atom.month) or atom.is_range:
            return None
        year = self._years.get((atom.month, atom.day))
        if year is None:
            return None
        said = weekday_beside(self.text, atom.start, atom.end)
        try:
            fits = said is not None and dt.date(year, atom.month, atom.day).weekday() == said
        except ValueError:
            return None
        return year if fits else None
