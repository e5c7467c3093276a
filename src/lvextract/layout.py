"""The layout of a document's text — lines, paragraphs and clauses — computed once, lazily,
and asked by every extractor instead of each splitting the text its own way.

`layout(doc)` is kept with the document (`Document.derived`), so a rule that asks for the line
or the clause of each date costs a binary search per question, never a rescan of the text.

- a *line* ends at "\\n";
- a *paragraph* opens the text, follows a blank line, or follows a line that ends a sentence
  or reads as a heading (short, not ending in a comma or colon) when the next line opens with
  a capital letter: a hard-wrapped PDF line, long and cut mid-sentence, does not end one;
- a *clause* is a sentence of the segmenter joined with the sentences it split off after an
  abbreviation ("plkst.", "Nr.", "š.g.") or before a lower-case word: the span a rule reads
  as one statement. Clauses never cross a blank line.
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from .latvian.sentence_words import never_last_words

if TYPE_CHECKING:
    from .document import Document

# Abbreviations after which the segmenter may end a sentence that goes on.
CONTINUING_ABBREVIATIONS = ("plkst.", "tel.", "Nr.", "nr.", "adr.", "g.", "š.g.", "t.sk.", "piem.", "u.tml.", "utt.")

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A blank line as a contact card reads it: only spaces and tabs on it (blank_line_within).
_SPACED_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CLOSING_QUOTES = "\"”»)"
_HEADING_MAX = 60


def layout(doc: "Document") -> "Layout":
    """The document's layout, built on first use and kept with the document."""
    return doc.derived("layout", Layout)


class Layout:
    """Lines, sentence ends and clauses of one document (paragraphs: `paragraph_starts`, which reads the text
    alone, for callers that have no Document). Each index is built on first use in
    O(n) (n: characters, or sentences for clauses); each lookup is O(log n)."""

    def __init__(self, doc: "Document"):
        self.doc = doc
        self.text = doc.text

    # ------------------------------------------------------------------ lines

    @cached_property
    def newlines(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)]

    def line_of(self, offset: int) -> tuple[int, int]:
        """(start, end) of the line holding `offset`; `end` is its "\\n" (or the text's end)."""
        newlines = self.newlines
        i = bisect.bisect_left(newlines, offset)
        start = newlines[i - 1] + 1 if i > 0 else 0
        end = newlines[i] if i < len(newlines) else len(self.text)
        return start, end

    # ------------------------------------------------------------------ sentences

    @cached_property
    def sentence_ends(self) -> list[int]:
        return [s.end for s in self.doc.sentences]

    def sentence_end(self, offset: int) -> int | None:
        """Where the sentence holding `offset` ends (at a sentence's end or in a gap between two,
        the next one's); None past the last sentence."""
        ends = self.sentence_ends
        k = bisect.bisect_right(ends, offset)
        return ends[k] if k < len(ends) else None

    # ------------------------------------------------------------------ clauses

    @cached_property
    def clause_table(self) -> list[tuple[int, int]]:
        """Each sentence's clause (start, end), by sentence index. O(sentences)."""
        sentences = self.doc.sentences
        table: list[tuple[int, int]] = []
        first = 0
        for i in range(len(sentences)):
            if i + 1 < len(sentences) and self._continues(i):
                continue
            bounds = (sentences[first].start, sentences[i].end)
            table.extend([bounds] * (i - first + 1))
            first = i + 1
        return table

    def _continues(self, i: int) -> bool:
        """Whether sentence i+1 is really the rest of sentence i."""
        here, after = self.doc.sentences[i], self.doc.sentences[i + 1]
        between = self.text[here.end:after.start]
        if "\n\n" in between or "\n \n" in between:
            return False
        if self.text[here.start:here.end].endswith(CONTINUING_ABBREVIATIONS):
            return True
        return self.text[after.start:after.start + 1].islower()

    def clause_bounds(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the clause holding `offset` (or the one before a gap)."""
        i = self.doc.sentence_index(offset)
        if i is None or not self.doc.sentences:
            return None
        return self.clause_table[i]

    def neighbour_clause(self, bounds: tuple[int, int], direction: int) -> tuple[int, int] | None:
        """The clause before (-1) or after (+1) the clause `bounds`, within the same paragraph
        (no blank line between)."""
        doc, (start, end) = self.doc, bounds
        if direction < 0:
            i = doc.sentence_index(start)
            if not i:
                return None
            prev = doc.sentences[i - 1]
            if "\n\n" in self.text[prev.end:start]:
                return None
            return self.clause_bounds(prev.start)
        i = doc.sentence_index(end - 1)
        if i is None or i + 1 >= len(doc.sentences):
            return None
        nxt = doc.sentences[i + 1]
        if "\n\n" in self.text[end:nxt.start]:
            return None
        return self.clause_bounds(nxt.start)


def lines_from(text: str, start: int, stop: int | None = None):
    """(start, end) of each line from `start` (a line's start) up to `stop`, lazily: a caller
    that reads a few lines below a day pays for those only, not for the whole text's index."""
    stop = len(text) if stop is None else stop
    while start < stop:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


@lru_cache(maxsize=8)
def _newline_offsets(text: str) -> list[int]:
    """Where each "\n" of `text` stands, sorted: built once per text (O(n)), kept for the few texts
    in work (a str's hash is cached in it, and the cache finds the same object by identity)."""
    return [m.start() for m in re.finditer("\n", text)]


def next_newline(text: str, pos: int) -> int:
    """`text.find("\n", pos)` (-1 where none follows) by bisection, O(log n): a scan from a day to
    its line's end ran to the text's end on a text without line breaks, once per day (issue 13)."""
    if pos < 0:
        return text.find("\n", pos)
    offsets = _newline_offsets(text)
    i = bisect.bisect_left(offsets, pos)
    return offsets[i] if i < len(offsets) else -1


def previous_newline(text: str, pos: int) -> int:
    """`text.rfind("\n", 0, pos)` (-1 where none precedes) by bisection, O(log n)."""
    if pos < 0:
        return text.rfind("\n", 0, pos)
    offsets = _newline_offsets(text)
    i = bisect.bisect_left(offsets, pos)
    return offsets[i - 1] if i > 0 else -1


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of `text` starts (see the module's docstring), sorted. O(n): line by
    line with str.find — a regex "[^\\n]*\\n" would rescan a line without a break from every
    position (quadratic on one long line)."""
    starts = {0}
    starts.update(m.end() for m in _BLANK_LINE.finditer(text))
    start = 0
    while (newline := text.find("\n", start)) >= 0:
        end = newline + 1
        # past an indented line's blanks ("    Ar 2012. gada …" in an older page's text), boundedly
        following = text[end:end + 16].lstrip()
        line = text[start:newline].strip()
        start = end
        if not line or not following or following[0].islower():
            continue
        last = line.rstrip(_CLOSING_QUOTES)[-1:]
        if last in (".", "!", "?", "…") or (len(line) <= _HEADING_MAX and last not in (",", ";", ":", "(", "-", "–", "—")
                                             and not ends_open(line)):
            starts.add(end)
    return sorted(starts)


def ends_open(line: str) -> bool:
    """A short line stopping on a word no sentence ends on ("… ministrs Ozoliņš un"): a
    hard-wrapped sentence going on below, no heading (the words: abbreviations.toml)."""
    space = line.rfind(" ")
    return space >= 0 and line[space + 1:] in never_last_words()


def short_line(text: str, start: int, end: int, reach: int) -> str | None:
    """The line of `text` holding [start, end), stripped, when it ends within `reach` characters
    on both sides (a caption, a banner); None for a longer line. Reads at most 2 · reach
    characters, so asking per mention stays linear."""
    lo = text.rfind("\n", max(0, start - reach), start)
    if lo < 0 and start > reach:
        return None
    hi = text.find("\n", end, end + reach)
    if hi < 0:
        if len(text) - end > reach:
            return None
        hi = len(text)
    return text[lo + 1:hi].strip()


def spaces_only(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds nothing but whitespace (`not text[start:end].strip()`), read
    back from `end` and only over the whitespace there: no copy of a line that, with no line break
    within reach, may run from the text's start (issue 13)."""
    j = end
    while j > start:
        if not text[j - 1].isspace():
            return False
        j -= 1
    return True


def line_opened_at(text: str, start: int) -> int | None:
    """The start of the line holding `start` when nothing but whitespace stands before `start` on
    it (`not text[line_start:start].strip()`), else None. Reads back over that whitespace only, never
    to the line's start: asked per date on one long line, it stays linear (issue 13)."""
    j = start
    while j > 0:
        c = text[j - 1]
        if c == "\n":
            return j
        if not c.isspace():
            return None
        j -= 1
    return 0


def blank_line_within(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a blank line, one with nothing but spaces and tabs on it:
    what keeps two items of a contact card apart (contacts' linking and name shapes)."""
    return _SPACED_BLANK_LINE.search(text, start, end) is not None
