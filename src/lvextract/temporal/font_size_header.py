"""A portal's header: today's weekday and date right above the text-size buttons ("Ceturtdiena,
14.03.2024" / "A- A A+"). The site prints the day the page was shown over its toolbar on every
page, whatever day the article below was written: furniture, never the document date, and no
event's day; so is the day over the buttons' label alone, the buttons drawn as images that left
no text ("Svētdiena, 2024. gada 17. novembris" / "Teksta izmērs:"). An article's own dateline over
the buttons carries no weekday ("2022. gada 26. sept." / "A- A A+"): it stays the article's.
page_furniture asks, once per line, for a weekday line (it holds the weekday test)."""
from __future__ import annotations

import re

# The buttons' line: two to four "A"s, each maybe with its sign ("A- A A+", "A A A", "A+ | A-"),
# maybe a short label after them ("A- A A+ Teksta izmērs"), no other words.
_BUTTONS = re.compile(r"[^\S\n]*A[+\-–]?(?:[^\S\n]*(?:\|[^\S\n]*)?A[+\-–]?){1,3}(?![^\W\d_])"
                      r"(?:[^\S\n]+[^\W\d_][^\n]{0,40})?[^\S\n]*")
# Or the buttons' label alone, the buttons drawn as images that left no text ("Teksta izmērs:").
_LABEL = re.compile(r"[^\S\n]*(?:teksta|burtu|fonta|šrifta)[^\S\n]+izmērs[^\S\n]*:?[^\S\n]*", re.IGNORECASE)
_LINE_MAX = 60  # a header's date line is short; a sentence that opens with a weekday is the text's
_BUTTONS_MAX = 60  # a button bar, with its label, is never longer


def above_size_buttons(text: str, lines, i: int) -> bool:
    """Whether line i is short, holds a number, and the next line is the text-size buttons."""
    line = lines[i]
    if line.end - line.start > _LINE_MAX or i + 1 >= len(lines) or lines[i + 1].index != line.index + 1:
        return False
    if not any(ch.isdigit() for ch in text[line.start:line.end]):
        return False
    following = lines[i + 1]
    if following.end - following.start > _BUTTONS_MAX:
        return False
    return _BUTTONS.fullmatch(text, following.start, following.end) is not None \
        or _LABEL.fullmatch(text, following.start, following.end) is not None
