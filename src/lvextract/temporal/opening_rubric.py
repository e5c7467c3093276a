"""A page that opens with its posting date and the section it was filed under, the headline
on the next line: "08.03.2022. Audzināšanas darbs" / "Skolēnu konkursa rezultāti". School and
club sites print their category so. The words after the date are a rubric, not a headline
announcing the day, when they are few, the first capitalised and the rest in lower case (a
name's words are all capitalised: "2018-03-12 Jānis Ozols Kalns"), and a headline, not the
body's sentence, stands right below them."""
from __future__ import annotations

import re

from .page_furniture import Line

_RUBRIC = re.compile(r"[^\S\n]*\.?[^\S\n]*(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])[^\W\d_]+(?:[^\S\n]+(?-i:[a-zāčēģīķļņšūž])[^\W\d_]+){1,2}[^\S\n]*")
_HEADLINE_WORDS = (2, 16)


def opening_rubric(text: str, lines: list[Line], i: int, date_start: int, date_end: int) -> bool:
    """The date opens the page's first line and a rubric fills the rest of it, a headline below."""
    if i != 0 or i + 1 >= len(lines) or text[lines[0].start:date_start].strip():
        return False
    if _RUBRIC.fullmatch(text, date_end, lines[0].end) is None:
        return False
    below = text[lines[1].start:lines[1].end].strip()
    words = len(below.split())
    return _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1] and not below.endswith((".", ":", ";", ","))
