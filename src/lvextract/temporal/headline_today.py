""""Šodien" in a text dated only by its month ("date 2022-11") whose headline names one day of that
month ("… 18. novembrī svinīgi noliek ziedus …" over "šodien plkst.10 … nolika ziedus"): the
headline's day is the day the text calls today. A day-grain relative cannot be counted from a
month, so without this the day would stay unknown and every occurrence dated by it be lost."""
from __future__ import annotations

import re

_MONTH_GRAIN = re.compile(r"^\d{4}-\d{2}$")


def headline_today(text: str, anchor, days: list[tuple[int, str]]) -> tuple[int, str] | None:
    """(end of the first line, the one full day it states inside the month-grain `anchor`): the day
    a "today" (+P0D) after that line is; else None. `days`: (start, value) of the stated full days.
    Once per document."""
    if not isinstance(anchor, str) or not _MONTH_GRAIN.match(anchor):
        return None
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return None
    on_headline = {value for at, value in days if at < first_line_end and value.startswith(anchor + "-")}
    return (first_line_end, on_headline.pop()) if len(on_headline) == 1 else None


# "šodien", "vakar", "rīt", "aizvakar", "parīt": a day at most two away from the day the text was
# written, which a month-grain document date holds (but at the month's very edge).
_NEAR_DAYS = {"+P0D", "-P1D", "+P1D", "-P2D", "+P2D"}


def month_of_near_day(anchor, relative: str | None) -> str | None:
    """The month of a month-grain document date ("2019-05") for a relative day at most two days
    from it ("Vakar pagastā notika sapulce"): RECORD.md counts a relative from the document date
    at the grain that date gives, rather than leave it unknown. None for any other relative or
    anchor (a week or a weekday may fall in another month)."""
    if relative in _NEAR_DAYS and isinstance(anchor, str) and _MONTH_GRAIN.match(anchor):
        return anchor
    return None
