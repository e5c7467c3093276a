"""A genitive day before its time of day, past a comma or the adjectives that describe that time
("Trešdienas, 21. decembra, vakarā …", "2. maija karstā un saulainā dienā skolēni devās …"): the
day of what happens then, as "5. marta vakarā" is. The time words are events.toml's
[genitive_date] next_words. O(1) per date: one anchored match of bounded width."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.lemmas import stem
from ...record import DateMention
from .lexicon import stems

# The words read after the date: a comma may come first; "un" may join the adjectives.
_WORD = re.compile(r"[ \t]*(,?)[ \t]*([^\W\d_]+)")
# A lower-case locative adjective of the time ("karstā", "saulainajā", "agrā").
_ADJECTIVE = re.compile(r"[a-zāčēģīķļņšūž]{2,}ā")
# How many words may stand between the date and its time of day.
_LONGEST_GAP = 4


def daytime_after(doc: Document, mention: DateMention) -> bool:
    """Whether a comma or locative adjectives part the genitive date from its time of day (right
    after the date is month_case's own reading)."""
    times = stems("genitive_date", "next_words")
    pos, parted = mention.span.end, False
    for _ in range(_LONGEST_GAP + 1):
        m = _WORD.match(doc.text, pos, min(len(doc.text), pos + 40))
        if m is None:
            return False
        parted = parted or bool(m.group(1))
        word = m.group(2)
        if parted and stem(word.lower()) in times:
            return True
        if word != "un" and not _ADJECTIVE.fullmatch(word):
            return False
        parted, pos = True, m.end()
    return False
