"""A timed clause whose hour piece names no occurrence, the noun following past a comma ("Pēc kora
sveiciena plkst. 17.00, sāksies lāpu gājiens pa Skolas ielu"): the part runs on through the
hourless pieces after it, up to the next part, when they say that something takes place or begins,
so the noun after the comma is the hour's. A part that names its own occurrence keeps its bounds
("Koncerts notiks plkst. 16, pēc tam balle"), and so does one whose run-on is a purpose or a note
("Dalībnieki pulcēsies pulksten 19, lai dotos uz koncertu"). O(parts).

`next_sentence_noun`: a timed sentence that names no occurrence at all ("Savukārt pulksten 17.30 Liepu
ielā turpināsim tradīciju.") lends its hour to the next sentence of its paragraph when that one has
no day and no hour of its own and names what takes place ("Biedrība aicina uz piemiņas brīdi …"):
the next sentence only, never further. O(1) per sentence."""
from __future__ import annotations


import re
from functools import lru_cache

from ...document import Document
from .hour_abbreviation import hour
from .lexicon import begins_pattern, vocabulary, whole_words
from .offsets import any_between
from .ranking import Nouns, looks_back, within_frame

# An hour (or a bare hour with its minutes before a word: "…, kur 12.00 notiks koncerts"); timed_clauses
# reads it too.
HOUR = re.compile(r"(?<!\w)" + hour(r"[^\W\d_]"), re.IGNORECASE)


def run_on(index: Nouns, text: str, parts: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    out = []
    for k, part in enumerate(parts):
        longer = (part[0], parts[k + 1][0] if k + 1 < len(parts) else end)
        if not index.all_in(part, told=True) and (index.told((part[1], longer[1]))
                                                  or begins_pattern().search(text, part[1], longer[1])):
            part = longer
        out.append(part)
    return out


def next_sentence_noun(doc: Document, index: Nouns, k: int, date_starts: list[int]) -> tuple[int, int] | None:
    """The bounds of the sentence after sentence `k` when it is in the same paragraph, has no day and
    no hour of its own, and names an occurrence said to take place or invited to (not a frame)."""
    if k + 1 >= len(doc.sentences):
        return None
    this, other = doc.sentences[k], doc.sentences[k + 1]
    bounds = (other.start, other.end)
    if "\n\n" in doc.text[this.end:other.start] or any_between(date_starts, bounds) \
            or HOUR.search(doc.text, *bounds):
        return None
    told = index.told(bounds)
    invited = not told and _invites().search(doc.text, *bounds) is not None
    if not (told or invited):
        return None
    nouns = [n for n in index.all_in(bounds, told=True) if not (within_frame(doc, n) or looks_back(doc, n))
             and (told or _TO.search(doc.text, max(other.start, n.start - 40), n.start))]
    return bounds if nouns else None


# "uz" and at most two words before the noun invited to ("aicina uz piemiņas brīdi").
_TO = re.compile(r"(?<!\w)uz\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _invites() -> re.Pattern:
    return whole_words(vocabulary()["timed_clauses"]["invites"])
