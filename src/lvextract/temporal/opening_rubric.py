"""A page that opens with its posting date and the section it was filed under, the headline
on the next line: "08.03.2022. Audzināšanas darbs" / "Skolēnu konkursa rezultāti". School and
club sites print their category so. The words after the date are a rubric, not a headline
announcing the day, when they are few, the first capitalised and the rest in lower case (a
name's words are all capitalised: "2018-03-12 Jānis Ozols Kalns"), and a headline, not the
body's sentence, stands right below them.

The same page may print the posting date before the headline on one line, the body's prose
right below ("27.09.2017 Sporta nedēļa skolā"): opening_headline_stamp."""
from __future__ import annotations

import re

from ..latvian.orthography import LOWER, UPPER
from .headline_stamp import told_once_beside_another
from .page_furniture import Line

_RUBRIC = re.compile(rf"[^\S\n]*\.?[^\S\n]*(?-i:[{UPPER}])[^\W\d_]+(?:[^\S\n]+(?-i:[{LOWER}])[^\W\d_]+){{1,2}}[^\S\n]*")
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


# The headline after the opening date: a few words, the first capitalised, no figure, no sentence
# closed inside it; a call's or a question's mark may close it ("01.05.2022. Lielā talka – piedalies!").
_HEADLINE = re.compile(rf"[^\S\n]*\.?[^\S\n]+(?-i:[{UPPER}])[^\d\n.!?:;]{{2,100}}?[^\W\d_][\"”»]?[!?]?[^\S\n]*")
_OPENING_HEADLINE_WORDS = (1, 12)
_WORD = re.compile(r"[^\W\d_]+")


def opening_headline_stamp(text: str, lines: list[Line], i: int, atom, atoms: list, body_below: bool) -> bool:
    """A numeric date opens the page's first line and the headline fills the rest of it, the
    body's prose right below: "27.09.2017 Sporta nedēļa skolā" / "Šī gada … sākās 25. septembrī."
    It is the page's posting day when the text never tells that day again and tells another day
    of its own in a past sentence (an events list's line "15.05.2019 Koncerts" is told again
    below, or its text gives no other day, or only a deadline ahead). O(atoms) per asked date."""
    if i != 0 or not body_below or atom.rule != "numeric" or not atom.day or atom.year is None or atom.is_range:
        return False
    if text[lines[0].start:atom.start].strip() or _HEADLINE.fullmatch(text, atom.end, lines[0].end) is None:
        return False
    if not _OPENING_HEADLINE_WORDS[0] <= len(_WORD.findall(text, atom.end, lines[0].end)) <= _OPENING_HEADLINE_WORDS[1]:
        return False
    return told_once_beside_another(text, atom, atoms, lines[0].end)
