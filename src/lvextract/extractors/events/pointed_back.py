"""A day whose clause names no occurrence, retold at the next paragraph's start by a demonstrative
and its noun ("No 3. līdz 7. maijam bijām Igaunijā.\n\nŠīs apmācības deva …"): the demonstrative
points back at what the day told, past the paragraph break the neighbouring clause does not cross.
Only the first sentence after the day's, only a noun right after the demonstrative (an adjective or
two between), and no day told between. O(log n)."""
from __future__ import annotations

import re

from ...document import Document
from .noun_mention import NounMention
from .offsets import any_between
from .ranking import Nouns

# "Šīs apmācības", "Šī vizīte", "Šajā pieredzes apmaiņas braucienā", "Šo semināru".
DEMONSTRATIVE = re.compile(r"\s*(?:šī|šīs|šis|šie|šo|šai|šim|šiem|šajā|šajās|šajos|šajā)\s+"
                            r"(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def pointed_back(doc: Document, index: Nouns, bounds: tuple[int, int],
                 day_starts: list[int]) -> tuple[NounMention | None, tuple[int, int] | None]:
    k = doc.sentence_index(max(0, bounds[1] - 1))
    if k is None or k + 1 >= len(doc.sentences):
        return None, None
    sentence = doc.sentences[k]
    if sentence.end > bounds[1] + 1 and doc.text[bounds[1]:sentence.end].strip(" .!?\t"):
        return None, None  # the day's clause is not its sentence's last
    nxt = doc.sentences[k + 1]
    if "\n" not in doc.text[sentence.end:nxt.start] or any_between(day_starts, (sentence.end, nxt.end)):
        return None, None  # the same paragraph is the neighbouring clause's to read
    for noun in index.all_in((nxt.start, min(nxt.end, nxt.start + 60))):
        if DEMONSTRATIVE.fullmatch(doc.text, nxt.start, noun.start):
            return noun, (nxt.start, nxt.end)
        break
    return None, None
