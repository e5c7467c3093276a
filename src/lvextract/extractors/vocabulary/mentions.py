"""A vocabulary's mentions in a document (Vocabulary.find): its phrases by PatternSet, its
exact strings by regular expression, and where two overlap the longer one."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import spans
from ...document import Document
from .pattern_set import PatternSet
from .phrases import entry_forms, phrase_pattern


@dataclass(frozen=True)
class Mention:
    id: str
    start: int  # character offsets into doc.text
    end: int
    token_start: int  # token indices into doc.spacy
    token_end: int


class Vocabulary:
    """The entries of one data file, compiled once per process."""

    def __init__(self, entries: list[dict]):
        self.entries = entries
        self._patterns = PatternSet([(entry["id"], phrase_pattern(form))
                                     for entry in entries for form in entry_forms(entry)])
        self._exact = [
            (entry["id"], form, re.compile(r"(?<![\w+])" + re.escape(form) + r"(?![\w+])"))
            for entry in entries
            for form in entry.get("exact", [])
        ]

    def find(self, doc: Document) -> list[Mention]:
        """Non-overlapping mentions in text order; the longer one wins an overlap."""
        sdoc = doc.spacy
        # select_longest below reads the order of the matches only between two of different ids on
        # the same characters: without such a pair, the matches in any order give the same answer.
        matches, in_order = self._patterns.any_order(sdoc, doc)
        found = _mentions(sdoc, matches)
        if not in_order and len({(m.start, m.end) for m in found}) != len({(m.start, m.end, m.id) for m in found}):
            found = _mentions(sdoc, self._patterns(sdoc, doc))
        for key, form, regex in self._exact:
            if form not in doc.text:
                continue  # a substring test is much cheaper than the regex's scan of every position
            for m in regex.finditer(doc.text):
                tokens = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
                if tokens is not None:
                    found.append(Mention(key, m.start(), m.end(), tokens.start, tokens.end))
        return select_longest(found)


def _mentions(sdoc, matches: list[tuple[int, int, int]]) -> list[Mention]:
    found = []
    for match_id, start, end in matches:
        span = sdoc[start:end]
        # A pattern may end on an optional punctuation or space token: trim it.
        while len(span) > 1 and (span[-1].is_space or span[-1].is_punct):
            span = span[:-1]
        found.append(Mention(sdoc.vocab.strings[match_id], span.start_char, span.end_char, span.start, span.end))
    return found


def select_longest(mentions: list[Mention]) -> list[Mention]:
    """The mentions that no longer one overlaps, in text order: longest first, and among equal
    lengths the earlier start (then the earlier in `mentions`) wins.

    O(n log n) (spans.select_longest, which relative dates use too). Testing each mention
    against every chosen one was O(n²): 40 000 mentions (a text repeated to 4 MB) took 370 s,
    now 0.13 s.
    """
    return spans.select_longest(mentions)
