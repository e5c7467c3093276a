"""How far a day's programme reaches: the next paragraph at most (a town's subheading line and a
paragraph that goes on telling hours do not count as a break), CHARACTERS_REACH characters at most,
and no other day between. Shared by programme.py (a sentence's day) and programme_chain.py (an
hour-led sentence's day taken from the one before)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal.date_patterns import CLOCK_WORD
from ...word_regex import last_match
from .hour_abbreviation import PL
from .lexicon import vocabulary, whole_words
from .offsets import any_between
from .quoted_aside import quoted_aside

# How far the programme runs from its day: the next paragraph at most, bounded in characters
# (so each sentence looks at a bounded stretch).
BLANK_LINE = re.compile(r"\n[ \t]*\n")
PARAGRAPHS_REACH = 1
CHARACTERS_REACH = 1500


# What does not part a programme from its day: a town's subheading line ("Priekules novadā"), a
# paragraph that goes on telling hours ("Kalētu pagastā pulksten 13 …"), and a lead's one-sentence
# aside with no number in it that tells what visitors of the day may do ([programme] offers:
# "Apmeklētājiem būs iespēja dejot un baudīt gardumus." between "Svētki notiks 5. jūnijā." and
# "No plkst. 10 …"), or a quote inserted in the lead (events/quoted_aside.py). A paragraph telling anything else (who organises, who supports) parts it.
SUBHEADING = 40
HOUR_WORD = re.compile(rf"(?<!\w)(?:{CLOCK_WORD}|{PL})", re.IGNORECASE)
ASIDE = 200
ASIDE_PARTS = re.compile(r"\d|[.!?]\s+\S")


@lru_cache(maxsize=1)
def _offers() -> re.Pattern:
    return whole_words(vocabulary()["programme"]["offers"], spaced=True)


def _aside(paragraph: str) -> bool:
    """A paragraph of one short sentence holding no number that tells what visitors may do.
    O(paragraph)."""
    paragraph = paragraph.strip()
    return len(paragraph) <= ASIDE and ASIDE_PARTS.search(paragraph) is None \
        and _offers().search(paragraph) is not None


# A paragraph that opens by naming the day's occurrence again ("Tradicionālie Senās pils svētki šogad
# apvienoti ar …" after "9. septembrī tiks svinēti Senās pils svētki"): still the same occurrence's
# lead, no break. Told by a run of two words, one capitalised, shared with the day's own paragraph
# (at most LEAD characters of it before the day), in the paragraph's first OPENING characters.
NAME_PAIR = re.compile(r"(?=([^\W\d_]{3,}[ \t]+[^\W\d_]{3,}))")
LEAD, OPENING = 600, 200


def _capitalised_pairs(text: str) -> set[str]:
    return {m.group(1) for m in NAME_PAIR.finditer(text)
            if m.group(1)[0].isupper() or m.group(1).split()[-1][0].isupper()}


def _retells_day(text: str, day_end: int, paragraph: str) -> bool:
    """Whether the paragraph opens with a capitalised pair of words of the day's own paragraph.
    O(LEAD + OPENING)."""
    lead_start = max(0, day_end - LEAD)
    blank = last_match(BLANK_LINE, text, lead_start, day_end)
    own_start = blank.end() if blank else lead_start
    # (the day's line read on to its end, at most LEAD + OPENING characters in all)
    line_end = text.find("\n", day_end, own_start + LEAD + OPENING)
    own = text[own_start:line_end if line_end >= 0 else min(len(text), own_start + LEAD + OPENING)]
    return bool(_capitalised_pairs(paragraph.lstrip()[:OPENING]) & _capitalised_pairs(own))


def paragraph_breaks(text: str, start: int, end: int) -> int:
    """The paragraph breaks between start and end, a subheading, an hour-telling paragraph or one
    that retells the day's occurrence after a break aside. O(end - start)."""
    breaks = list(BLANK_LINE.finditer(text, start, end))
    count = 0
    for k, m in enumerate(breaks):
        paragraph = text[m.end():breaks[k + 1].start() if k + 1 < len(breaks) else end]
        if k + 1 < len(breaks) and (len(paragraph.strip()) <= SUBHEADING or HOUR_WORD.search(paragraph)
                                    or _aside(paragraph) or _retells_day(text, start, paragraph) or quoted_aside(paragraph)):
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
