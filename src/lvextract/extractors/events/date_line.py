"""date_line: a clause that only gives the date, time and place, as event pages print them
under the title; a line an hour leads, a programme's item.
"""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ...temporal.times import clock_times
from .noun_mention import NounMention
from .parts import QUOTED


OPENING_TIME = re.compile(r"[\s*•–-]*(?:plkst\.?|pulksten)?\s*\d{1,2}[:.]\d{2}", re.IGNORECASE)


def opens_with_time(doc: Document, bounds: tuple[int, int]) -> bool:
    return bool(OPENING_TIME.match(doc.text, bounds[0], bounds[1]))


def timed_item_above(doc: Document, noun: NounMention, mention: DateMention) -> bool:
    """"20.00 IESKAŅU KONCERTS" / "1. augustā Barkavas centrā": a noun on an hour-led programme line
    above a date line is an item of the day before, not what the date line heads."""
    return noun.start < mention.span.start and opens_with_time(doc, layout(doc).line_of(noun.start))


# A clause longer than this is more than a date line's date, time and place.
LONGEST_DATE_LINE = 300


def is_date_line(doc: Document, bounds: tuple[int, int], mention: DateMention) -> bool:
    """A clause that only gives the date, time and place, as event pages print them under the title:
    "Seminārs „Zaļā ekonomika”" / "2024. gada 5. martā, plkst. 10.00, Rīgā"."""
    if bounds[1] - bounds[0] > LONGEST_DATE_LINE:
        return False
    rest = doc.text[bounds[0]:mention.span.start] + " " + doc.text[mention.span.end:bounds[1]]
    for start, end, _first, _second in reversed(clock_times(rest)):
        rest = rest[:start] + " " + rest[end:]
    # A poster's line gives the show's quoted name beside its day, hour and venue ("Parka estrādē
    # 23. jūnijā pulksten 20 "Dziesmas Jāņu naktī". Koncertā piedalās …"): the name, however many
    # words long, is one fact of the line, as the hour is.
    rest = QUOTED.sub(" title ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in ("plkst", "pulksten", "no", "līdz")]
    return len(words) <= 5
