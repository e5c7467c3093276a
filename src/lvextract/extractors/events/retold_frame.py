"""The next sentence names, by its opening genitive, the occurrence the date's verb only told
("21.jūlijā centru apmeklēs jaunieši no Dānijas. Apciemojuma mērķis ir …", "… viesojās Talsos.
Semināra laikā …"): that noun, with a word of its frame right after it (events.toml
[retold_frame]), names what took place. O(log n) per clause."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from .lexicon import vocabulary
from .ranking import GENERIC, Nouns


@lru_cache(maxsize=1)
def _frame() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(vocabulary()['retold_frame']['words'])})(?!\w)", re.IGNORECASE)


def retold_noun(doc: Document, index: Nouns, clause: tuple[int, int]):
    """The clause's opening noun, not the generic word, right before a word of its frame; else None."""
    found = index.first(clause, lambda rank: not rank[GENERIC])
    lead = doc.text[clause[0]:found.start].strip().lower() if found is not None else ""
    if found is None or (lead and lead not in vocabulary()["retold_frame"]["leads"]) \
            or not _frame().match(doc.text, found.end, clause[1]):
        return None, None
    frame = _frame().match(doc.text, found.end, clause[1]).group(0).strip().lower()
    if found.kind in vocabulary()["visit_parts"]["meetings"] and frame in vocabulary()["visit_parts"]["frames"]:
        return None, None  # "… viesosies biedri. Tikšanās sākumā …": the visit's own meeting, a part of it
    # "… viesojās partneri. Tikšanās tēma bija …": the meeting named by its topic is what took place.
    return found, clause
