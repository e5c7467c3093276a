"""A legal act's own dateline: the place and the day under the act's name ("Limbažu novada domes
saistošie noteikumi Nr. 17" / "Limbažos 2021. gada 28. oktobrī"). A legal portal prints its tools
and the act's status notices above it ("Teksta versija", "Tiesību akts ir zaudējis spēku. Skatīt …"),
whose sentences end the page's head; the act's dateline stays the document's date all the same."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import UPPER
from . import vocabulary as vocab
from .grammar import Atom
from .page_furniture import WORD as _WORD, Line as _Line

# The place in the locative, capitalised, alone before the date: "Rīgā", "Limbažos", "Cēsīs".
_PLACE = re.compile(rf"[^\S\n]*[{UPPER}][^\W\d_]+(?:ā|ē|ī|os|ās|ēs|īs)[,]?[^\S\n]+")
_NUMBERED = re.compile(r"\bNr\.?\s*[\w/.-]*\d[\w/.-]*\s*$")
# After the date: the session's number ("Nr. 12"), or the sitting's minutes in brackets ("(prot.
# Nr. 54 31. §)"), the act's own name glued after them where a portal joined the lines.
_AFTER = re.compile(r"[\s.]*(?:Nr\.?\s*[\w/.-]*\d[\w/.-]*[\s.]*|\(prot\.[^()\n]{0,40}\).*)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    return frozenset(vocab.temporal()["document_date"]["act_nouns"])


def act_dateline(text: str, lines: list[_Line], i: int, atom: Atom, within: int) -> bool:
    """Whether the date is a place's dateline right under an act's name line, among the first
    `within` lines: the line opens with the place, the date ends it (a session's number or the
    minutes may follow), the line above names an act or closes with its number."""
    if i == 0 or i >= within or atom.grain != "day":
        return False
    line = lines[i]
    if not _PLACE.fullmatch(text, line.start, atom.start):
        return False
    if not _AFTER.fullmatch(text, atom.end, line.end):
        return False
    above = text[lines[i - 1].start:lines[i - 1].end].strip()
    if len(above) > 200 or above.endswith((".", "!", "?")) and not _NUMBERED.search(above):
        return False
    return bool(_NUMBERED.search(above)) or any(w.lower() in _act_nouns() for w in _WORD.findall(above))


# An act's registration number closing the line its date opens, however far a layout set them apart:
# "27.01.2012.      Nr. 6 - k", "15.03.2021. Nr. 1-2/17" (a letter's index after a dash allowed).
_NUMBER_CLOSING = re.compile(r"[^\S\n]*Nr\.?[^\S\n]*\d+[\w/.-]*(?:[^\S\n]*[-–][^\S\n]*[^\W\d_]{1,3})?[^\S\n]*\.?[^\S\n]*",
                             re.IGNORECASE)


def numbered_act_line(text: str, lines: list[_Line], i: int, atom: Atom, within: int) -> bool:
    """Whether the date and the act's number make its line alone, the date opening it, under a
    line that names an act ("Uzņemšanas noteikumi" / … / "27.01.2012.      Nr. 6 - k"), among the
    first `within` lines: an order's or a regulation's own date and number, its dateline (the
    place may stand on a line of its own above)."""
    if i == 0 or i >= within or atom.grain != "day":
        return False
    line = lines[i]
    if text[line.start:atom.start].strip() or not _NUMBER_CLOSING.fullmatch(text, atom.end, line.end):
        return False
    return any(w.lower() in _act_nouns() for n in range(i) for w in _WORD.findall(text, lines[n].start, min(lines[n].end, lines[n].start + 200)))
