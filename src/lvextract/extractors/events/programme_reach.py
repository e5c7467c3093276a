"""How far a day's programme reaches: the next paragraph at most (a town's subheading line and a
paragraph that goes on telling hours do not count as a break), CHARACTERS_REACH characters at most,
and no other day between. Shared by programme.py (a sentence's day) and programme_chain.py (an
hour-led sentence's day taken from the one before)."""
from __future__ import annotations

import re

from .hour_abbreviation import PL
from .offsets import any_between

# How far the programme runs from its day: the next paragraph at most, bounded in characters
# (so each sentence looks at a bounded stretch).
BLANK_LINE = re.compile(r"\n[ \t]*\n")
PARAGRAPHS_REACH = 1
CHARACTERS_REACH = 1500


# What does not part a programme from its day: a town's subheading line ("Priekules novadā") and a
# paragraph that goes on telling hours ("Kalētu pagastā pulksten 13 …").
SUBHEADING = 40
HOUR_WORD = re.compile(rf"(?<!\w)(?:pulksten|plkst|{PL})", re.IGNORECASE)


def paragraph_breaks(text: str, start: int, end: int) -> int:
    """The paragraph breaks between start and end, a subheading or an hour-telling paragraph after
    a break aside. O(end - start)."""
    breaks = list(BLANK_LINE.finditer(text, start, end))
    count = 0
    for k, m in enumerate(breaks):
        paragraph = text[m.end():breaks[k + 1].start() if k + 1 < len(breaks) else end]
        if k + 1 < len(breaks) and (len(paragraph.strip()) <= SUBHEADING or HOUR_WORD.search(paragraph)):
            continue
        count += 1
    return count


# A sentence opening with "Katrā posmā / Katrā kārtā / Katru dienu …" tells what every stage or day of
# a series holds ("Katrā posmā reģistrācija sāksies plkst. 15:30 … Plkst. 19:00 sekos apbalvošana"):
# what follows it is no programme of the last day told before.
EVERY_ONE = re.compile(r"(?:^|[.!?]\s+)Katr(?:ā|ai|u|os|ās|ajā)\s+(?:[^\W\d_]+\s+){0,2}?"
                       r"(?:posm|kārt|dien|reiz|sacensīb|nodarbīb|sabraukum)\w*", re.MULTILINE)


def within_reach(text: str, end: int, start: int, other_days: list[int]) -> bool:
    """Whether what starts at `start` is still in the programme of a day (or sentence) ending at
    `end`. O(start - end)."""
    return start - end <= CHARACTERS_REACH and not any_between(other_days, (end, start)) \
        and paragraph_breaks(text, end, start) <= PARAGRAPHS_REACH and not EVERY_ONE.search(text, end, start)
