"""Nominative days each with a dashed label, one after another in a sentence: "Iesniegšanas
termiņi: 2024. gada 1. februāris – projektiem, 15. marts – atskaitēm", "termiņš ir 20. septembris,
savukārt 11. oktobris – gala atskaitēm". The later days share the first one's cue and action."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import DASH
from ..deadline_cues import pattern

# A label after a day: a dash and a few words without a date, a stop or another dash.
_LABEL = rf"[ \t]*{DASH}[ \t]*[^\W\d][^\d\n.;:!?–—]{{0,60}}?"


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    """From the end of a labelled day to the next day: its label (if any), a comma or
    semicolon, a connector ([barriers] labelled_days)."""
    return pattern("barriers", "labelled_days", rf"(?:{_LABEL})?[ \t]*[,;][ \t]*(?:{{}}[ \t]+)?")


# The label names whom or what the day is for, in the dative ("– projektiem", "– gala
# atskaitēm"); a nominative one ("– noslēguma koncerts") names what happens that day.
_DATIVE_END = r"(?:iem|ām|ēm|īm|am|im|ai|ei)"


@lru_cache(maxsize=1)
def _label_after() -> re.Pattern:
    return re.compile(rf"[ \t]*{DASH}[ \t]*(?:[^\W\d][^\d\n.;:!?–—]{{0,60}}?)?(?<=\w){_DATIVE_END}(?!\w)"
                      r"(?=[ \t]*(?:[,;.]|$))", re.MULTILINE | re.IGNORECASE)


def labelled_next(text: str, last_end: int, start: int, end: int) -> bool:
    """Whether the nominative day at text[start:end] follows the nominative deadline day ending at
    `last_end` in one list of labelled days: only a label and a connector between, and a label of
    its own after it (so a plain "20. septembris, 11. oktobris" of another kind is not read so)."""
    return bool(_between().fullmatch(text, last_end, start)) and bool(_label_after().match(text, end))
