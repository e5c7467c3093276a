"""A project word glued to the word before it, where a scraped page lost the space between an
image's name and the text: "sif-kras-eezProjekta “…” ietvaros". The seam shows as a lower-case
letter right before the project word's capital, or a heading's word in capitals, four letters or more,
before it ("… SAVIENĪBAProjekts “…”"); the glued tail is read as the project word."""
from __future__ import annotations

import re

from ...latvian.lemmas import stem
from ...latvian.orthography import LOWER, UPPER

# (a lower-case letter, then one capital opening a lower-case rest: "eezProjekta", not "ESProjekts"
# nor "projekta"; or four capitals, a heading's word: "BIEDRĪBAProjekts", not a short name "ESProjekts")
GLUED_TAIL = re.compile(r"(?:(?<=[" + LOWER + r"])|(?<=[" + UPPER + r"]{4}))[" + UPPER + r"][" + LOWER + r"]+$")


def glued_project_word(word: str, project_stems: set[str]) -> bool:
    """Whether `word` ends in a project word glued to a lower-case word before it (a word all in
    lower case, most of a text's, has no capital to show a seam: no regex run)."""
    if word.islower():
        return False
    tail = GLUED_TAIL.search(word)
    return tail is not None and stem(tail.group()) in project_stems
