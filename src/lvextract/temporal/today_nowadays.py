""""Šodien" meaning "nowadays", no day: "Agrāk te bija skola, bet šodien ēka stāv tukša",
"Šodien pļavu pļaušana ar izkapti ir retums", "saruna par literatūras situāciju šodien".

Said against a bygone time told before it in its sentence (an era word: "agrāk", "kādreiz",
"senos laikos"), with
a word of rarity that makes the sentence a general statement ("retums", "reti kurš"), or closing a
"par …" phrase as the attribute of its noun ("par situāciju šodien."), the adverb names the
present age, not the document's day. The words are data (latvian/data/calendar.toml
[today_nowadays]); the example table is tests/examples/relative.toml. Bounded by the sentence
window (sentence_window.REACH): linear.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .sentence_window import sentence_around
from .vocabulary import alternation, calendar_words

# How many words of a "par …" phrase may stand between "par" and "šodien" ("par radošo situāciju šodien").
ABOUT_WORDS = 3


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    v = calendar_words()["today_nowadays"]
    era = re.compile(rf"(?<!\w)(?:{alternation(v['era_words'])})(?!\w)", re.IGNORECASE)
    general = re.compile(rf"(?<!\w)(?:{alternation(v['general_words'])})(?!\w)", re.IGNORECASE)
    # the noun "šodien" qualifies names a state of things ("situāciju", "dzīvi", "lomu"), ending the phrase
    states = alternation(v["state_noun_stems"])
    about = re.compile(rf"(?<!\w)par(?:[^\S\n]+[^\W\d_]+){{0,{ABOUT_WORDS - 1}}}[^\S\n]+(?:{states})[^\W\d_]*[^\S\n]+$",
                       re.IGNORECASE)
    return era, general, about


# Where the "par …" phrase ends: a clause's punctuation or the line's end right after "šodien".
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|\n|$|un\b)")


def nowadays(text: str, start: int, end: int) -> bool:
    """Whether "šodien" at text[start:end] says "nowadays" rather than the day."""
    era, general, about = _patterns()
    left, right = sentence_around(text, start, end)
    # the bygone time is told first ("Agrāk …, bet šodien"); after it, "agrāk" is "earlier" ("sāksies agrāk")
    if era.search(text, left, start) or general.search(text, left, right):
        return True
    return about.search(text, max(left, start - 60), start) is not None and _CLAUSE_END.match(text, end) is not None
