"""A relative day inside a quoted name ("izrāde „Šodien mēs dejojam”", "konference „Latvija šodien
un rīt”") is a word of the title, not the day anything takes place. O(n) once per document for the
quoted stretches, O(log n) per date."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import DateMention
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE

# A quoted name short enough to be a title, on one line or wrapped once by a hard-wrapped page
# ("koncerts “Šodien\npar visu augstāk …”"); never across a blank line.
QUOTED_NAME = re.compile(rf"{OPEN_QUOTE}((?:[^„“\"«»”\n]|\n(?![ \t]*\n)){{2,120}}?){CLOSE_QUOTE}")


def _quoted(doc: Document) -> tuple[list[int], list[int]]:
    def build(d: Document):
        spans = [m.span(1) for m in QUOTED_NAME.finditer(d.text)]
        return [a for a, _ in spans], [b for _, b in spans]
    return doc.derived("events.quoted_names", build)


def in_quoted_name(doc: Document, mention: DateMention) -> bool:
    """Whether a relative date ("šodien", "rīt") stands inside a quoted name."""
    if mention.relative is None:
        return False
    starts, ends = _quoted(doc)
    k = bisect.bisect_right(starts, mention.span.start) - 1
    return k >= 0 and mention.span.end <= ends[k]


# A title's quoted words: a short name opening with a capital and ending in no punctuation (a quote
# of speech ends in one: „Koncerts notiks rīt,” teica …; the stretch between two names whose quotes
# pair wrongly opens with a space or a digit: ”… ietvaros” 18. augustā … notika … “).
TITLE_WORDS = 6
_WORD = re.compile(r"[^\W\d_]+")


def title_spans(doc: Document) -> list[tuple[int, int]]:
    """The quoted names of the text that read as titles, in order: O(n) once per document."""
    def build(d: Document):
        starts, ends = _quoted(d)
        return [(a, b) for a, b in zip(starts, ends)
                if d.text[a].isupper() and d.text[b - 1] not in ",.!?:;…" and not d.text[b - 1].isspace()
                and len(_WORD.findall(d.text, a, b)) <= TITLE_WORDS]
    return doc.derived("events.title_spans", build)
