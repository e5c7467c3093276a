"""A date's value whose year the text leaves out: "XXXX-03-09" (an agency's dateline, a calendar
widget's today, a day told without its year). The one test of it, so that no rule compares a known
year with an unknown one by a spelling of its own."""
from __future__ import annotations

UNKNOWN_YEAR = "XXXX"


def year_unknown(value: str | None) -> bool:
    """Whether the value ("XXXX-03-09", "XXXX-12") leaves its year unknown; False for no value."""
    return bool(value) and value.startswith(UNKNOWN_YEAR)
