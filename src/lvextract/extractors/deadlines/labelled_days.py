"""Nominative days each with a dashed label, one after another in a sentence: "Iesniegšanas
termiņi: 2024. gada 1. februāris – projektiem, 15. marts – atskaitēm", "termiņš ir 20. septembris,
savukārt 11. oktobris – gala atskaitēm". The later days share the first one's cue and action. So do
days each alone on its line after a dative label, one line under the other with no bullets or
stops ("Iesniegšanas termiņš:⏎Lieliem projektiem – 2. decembris⏎Maziem projektiem – 23. janvāris")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import DASH
from ..deadline_cues import pattern

# A label after a day: a dash and a few words without a date, a stop or another dash.
_LABEL = rf"[ \t]*{DASH}[ \t]*[^\W\d][^\d\n.;:!?–—]{{0,60}}?"


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


# A line that opens with a dative label and a dash or colon before its day: "Maziem projektiem –
# 23. janvāris" (a bullet glyph may lead it).
_LINE_LABEL = re.compile(rf"[ \t]*(?:[•*·▪][ \t]*)?[^\W\d][^\d\n.;:!?–—]{{0,60}}?(?<=\w){_DATIVE_END}"
                         rf"[ \t]*(?:{DASH}|:)[ \t]*", re.IGNORECASE)
# What may end a labelled day's line: a comma, a semicolon or a stop, then the line's end.
_LINE_END = re.compile(r"[ \t]*[,;.]?[ \t]*(?:\n|$)")


def labelled_line_next(text: str, last_end: int, start: int, end: int) -> bool:
    """Whether the day at text[start:end] is alone on its line after a dative label, on the line
    right under a deadline day's line of the same shape (ending at `last_end`): "Lieliem projektiem
    – 2. decembris⏎Maziem projektiem – 23. janvāris". Bounded reads of the two lines."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LINE_END.fullmatch(text, last_end, line_start) or not _LINE_LABEL.fullmatch(text, line_start, start):
        return False
    if not _LINE_END.match(text, end):
        return False
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return _LINE_LABEL.match(text, above, last_end) is not None
