"""The document's words, each distinct spelling once, and where those a rule asks for stand: the
scans that want only their vocabulary's words (tense words, occurrence and decision verbs, weak
verbs) judge each distinct word once instead of every word of the text in a Python loop, then find
the few they keep with str.find. A word kept stands wherever it is a whole run: no word character
(or letter, for letter runs) right before or after it, which is exactly where the run `findall`
read it from stands.

Cost: one `findall` per document and kind of run (in C), a look at each distinct word, and for each
word kept one str.find pass over the text: linear in the text times the (bounded) number of
vocabulary words a text holds."""
from __future__ import annotations

import re

from ...document import Document

WORD_RUN, WORD_CHAR = re.compile(r"\w+"), re.compile(r"\w")
LETTER_RUN, LETTER_CHAR = re.compile(r"[^\W\d_]+"), re.compile(r"[^\W\d_]")


def distinct_words(doc: Document) -> frozenset[str]:
    """Every distinct spelling of a \\w+ run of the text (what re.finditer(r"\\w+") yields), once per document."""
    return doc.derived("events.distinct_words", lambda d: frozenset(WORD_RUN.findall(d.text)))


def distinct_letter_runs(doc: Document) -> frozenset[str]:
    """Every distinct spelling of a run of letters (r"[^\\W\\d_]+"), once per document."""
    return doc.derived("events.distinct_letter_runs", lambda d: frozenset(LETTER_RUN.findall(d.text)))


def kept_runs(doc: Document, keep, letters: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every whole run of the text (a \\w+ run, or a run of letters) whose spelling
    `keep` accepts, in text order: `keep` is asked once per distinct spelling."""
    words, char = (distinct_letter_runs(doc), LETTER_CHAR) if letters else (distinct_words(doc), WORD_CHAR)
    return run_spans(doc.text, [word for word in words if keep(word)], char)


def run_spans(text: str, words, run_char: re.Pattern = WORD_CHAR) -> list[tuple[int, int]]:
    """(start, end) of every whole run spelt as one of `words` (runs of what `run_char` matches:
    word characters by default), in text order: the runs re.finditer would yield, those words only."""
    spans = []
    for word in words:
        size, at = len(word), text.find(word)
        while at >= 0:
            if (at == 0 or run_char.match(text, at - 1) is None) and run_char.match(text, at + size) is None:
                spans.append((at, at + size))
            at = text.find(word, at + 1)
    spans.sort()
    return spans
