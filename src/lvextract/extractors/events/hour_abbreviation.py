"""How a programme line led by its hour begins, shared by the events' hour-led lines
(hour_lines.py, posters.py, activities.py), and an hour inside a sentence (`hour`: programme.py,
timed_clauses.py).

The short "pl." for "plkst." that programmes write before an hour ("Pl.11.00 … izrāde", "23. aprīlī
pl.13.00"): temporal/times.py reads it as a clock time, and the events' hour-led lines and sentences
must take it as they take "plkst.". Only before an hour with minutes, so "pl." of anything else
("pl. 5" as a square's number) stays out."""
from __future__ import annotations

PL = r"pl\.(?=[ \t]?\d{1,2}[.:]\d{2})"
# The clock's word before an hour: "plkst.", "plkst", "pulksten", "pl." (group-free: callers name it).
CLOCK_WORD = rf"(?:plkst\.?|pulksten|{PL})"
# A programme line's lead before its hour: bullets or dashes, and "no" of a span ("• no 10.00 …").
LINE_LEAD = r"[ \t•*–-]*(?:no[ \t]+)?"

# A bare hour with its minutes inside running text ("kur 12.00 notiks koncerts", "…. 15.00 estrādē
# būs koncertšovs"): programmes write it without the clock's word. Only after a word or a stop on
# its line (one opening a line, maybe after a bullet, is an hour-led line's: hour_lines.py judges
# those, with their labels). Not a day ("12.05.2019", "12.05." before a word), a decimal before its
# unit ("12.50 eiro", "3.25 %"), or part of a longer number.
BARE_HOUR = (r"(?<=[^\s\d•*–—-][ \t])(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.:,]\d|\.\S|[ \t]*(?:eiro|euro|eur|€|%|ls|lati)(?!\w))")


def hour(word_after: str) -> str:
    """An hour with its clock word ("plkst. 11", "pulksten 19.30"), or bare with its minutes where a
    word (`word_after`, a character class) follows ("12.00 koncerts"). Group-free: the callers frame it.
    (Minutes past 59 are none: "plkst. 11.75" is the hour 11 alone.)"""
    return rf"(?:{CLOCK_WORD}\s*\d{{1,2}}(?:[:.][0-5]\d)?(?!\d)|{BARE_HOUR}(?=[ \t]+{word_after}))"
