"""An event noun that only names whose intake or round a date is of. In the genitive before a verbal
noun of a process that is no occurrence ("Pasākuma «Atbalsts zivsaimniecībai» pieņemšana beidzās
3. martā", "konkursa pieteikumu iesniegšana"), the noun only says whose intake or hand-out it is; the
processes are [activity_nouns].not_events, and a quoted name and up to two genitives ("projektu
iesniegumu") may stand between. A generic noun ("pasākums": a programme's measure) before its round
("Pasākuma «X» 5. kārta notiks no 1. līdz 30. martam") or after such a process's round ("pieņemšanas
kārtu pasākumā «X», kas notiks …") names a call's period, not an occurrence. O(1) per noun."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import generic_types, literals, vocabulary
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE

QUOTED = rf"(?:{OPEN_QUOTE}[^„“\"«»”\n]{{2,150}}?{CLOSE_QUOTE}[ \t]*)?"
# "5. kārta", "otrā kārta", "pieņemšanas kārtā": a round of a call.
ROUND = r"(?:\d{1,2}\.[ \t]*|(?:pirm|otr|treš|ceturt|piekt|sest|septīt|astot|devīt|desmit|nākam|pēdēj)\w*[ \t]+)?kārt"
# How far before a generic noun its process's round may start ("iesniegumu pieņemšanas kārtu ").
BEFORE_REACH = 60


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    starts = literals(sorted({word[:-1] for word in vocabulary()["activity_nouns"]["not_events"]}, key=len, reverse=True))
    after = re.compile(rf"[ \t]*{QUOTED}(?:[^\W\d_]+(?:u|as|es)[ \t]+){{0,2}}(?:{starts})\w*", re.IGNORECASE)
    round_after = re.compile(rf"[ \t]*{QUOTED}{ROUND}", re.IGNORECASE)
    round_before = re.compile(rf"(?<!\w)(?:{starts})\w*\s+kārt\w*\s+$", re.IGNORECASE)
    return after, round_after, round_before


def of_process(doc: Document, noun) -> bool:
    """Whether the noun only qualifies a process of [activity_nouns].not_events, or a call's round."""
    after, round_after, round_before = _patterns()
    if after.match(doc.text, noun.end) is not None:
        return True
    if noun.kind not in generic_types():
        return False
    return round_after.match(doc.text, noun.end) is not None \
        or round_before.search(doc.text, max(0, noun.start - BEFORE_REACH), noun.start) is not None
