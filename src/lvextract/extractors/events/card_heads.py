"""An event card ("Datums: … / Laiks: … / Vieta: …") under a heading that names its occurrence
by a time of day and the genitive that makes it one ("Pavasara dziesmu pēcpusdiena", "Pasaku
rīts"), when the vocabulary has no such phrase: the card's shape says it takes place, so the
heading's phrase is the occurrence, typed as the vocabulary types its like ("stāstu pēcpusdiena").
Only a heading line a few lines above the card's date, ending in the phrase; the words are
events.toml's [card_heads]. O(a few lines) per labelled date."""
from __future__ import annotations

from functools import partial

from ...document import Document
from .lexicon import listed_pattern
from .nouns import NounMention

LINES_UP = 6


# The genitive, then the head in the nominative, closing the line (maybe past a quoted name).
_heading = partial(listed_pattern, "card_heads",
                   r"(?<!\w)([^\W\d_]+(?:{genitive_endings}))\s+({heads})[ \t]*(?:[„“\"«][^\n]*)?$")


def card_heading_noun(doc: Document, start: int) -> tuple[NounMention | None, tuple[int, int] | None]:
    """The heading's "<genitive> <time of day>" above a card's date at `start`, and its line."""
    text = doc.text
    end = text.rfind("\n", 0, start)
    for _ in range(LINES_UP):
        if end <= 0:
            break
        line_start = text.rfind("\n", 0, end) + 1
        m = _heading().search(text, line_start, end)
        if m is not None:
            kind = f"{m.group(1).lower()} {m.group(2).lower()}"
            return NounMention(kind, m.start(1), m.end(2)), (line_start, end)
        end = line_start - 1
    return None, None


def any_card_heading(doc: Document) -> bool:
    """Whether some line ends in such a phrase: a text with no event noun may still hold a card."""
    pattern = _heading()
    return any(pattern.search(line) for line in doc.text.splitlines())
