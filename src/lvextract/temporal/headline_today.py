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
