"""`Atom`: one calendar expression the date grammar found, its years not yet resolved."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    relative: str | None = None  # this / next / previous / same: the year is relative to the document
    rule: str = ""  # which grammar rule produced it (for debugging and tests)
    # a range whose end says another relative year than its start ("no pagājušā gada janvāra līdz
    # šā gada 30. septembrim"): the end's word; None where the start's word holds for both ends
    end_relative: str | None = None

    @property
    def is_range(self) -> bool:
        return self.end_year is not None or self.end_month is not None or self.end_day is not None

    @property
    def grain(self) -> str:
        return "day" if self.day else "month" if self.month else "year"
