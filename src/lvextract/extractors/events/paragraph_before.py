"""paragraph_before: the sentence that announces an occurrence, closing the paragraph above a day
told in a paragraph of its own.

"Uz šiem jautājumiem atbildēsim diskusijā “…”" / blank line / "Laipni aicināti visi interesenti
21. septembrī plkst. 16.00 kultūras centrā!": the day's paragraph is one sentence that names no
occurrence; the text set it apart to give the when and where of what the paragraph above has just
announced. RECORD.md takes the noun from the sentence that announces the occurrence; a blank line
does not part them. Not a day whose paragraph goes on (a paragraph of its own story: a report's
next day, a new topic), nor one under a heading (a short line with no closing stop is a heading,
`headline`'s and `noun_choice`'s), nor one whose own clause tells nothing taking place (the caller,
`neighbour_clause`, asks its tense of both sides), nor an occurrence the text dates on a day of its
own ("10. oktobrī notika konference. Konferencē piedalījās …" / blank line / "Piektdien, 12. oktobrī
… olimpiāde": the conference had its day).
"""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from .noun_mention import NounMention
from .nouns import event_nouns
from .offsets import any_between

# A sentence closing a paragraph of prose: its stop, maybe inside a closing quote or bracket
# ("… diskusijā “Vai skolai būt?”").
_CLOSED = re.compile(r"[.!?…][\"”»'’)]*\s*$|[\"”»][.!?]?\s*$")
_WORD = re.compile(r"[^\W\d_]+")
# A heading or a label line is shorter; a sentence that announces has its subject, verb and noun.
MIN_WORDS = 6


def _words(text: str, start: int, end: int, enough: int) -> bool:
    count = 0
    for _ in _WORD.finditer(text, start, end):
        count += 1
        if count >= enough:
            return True
    return False


def announcing_paragraph_end(doc: Document, bounds: tuple[int, int]) -> tuple[int, int] | None:
    """The clause of the sentence closing the paragraph right above the date's clause `bounds`, when
    that clause's sentence is its paragraph's only one (a blank line above and below it, or the
    text's end) and both sentences are prose (closed by a stop, six words or more). O(1) per
    date: the sentences are found once per document."""
    text = doc.text
    i = doc.sentence_index(bounds[0])
    if not i:
        return None
    own, prev = doc.sentences[i], doc.sentences[i - 1]
    if not _blank_line(text, prev.end, own.start):
        return None  # the same paragraph: layout.neighbour_clause's
    if i + 1 < len(doc.sentences):
        nxt = doc.sentences[i + 1]
        if not _blank_line(text, own.end, nxt.start):
            return None  # the day's paragraph goes on: a story of its own
    if not (_prose(text, prev) and _prose(text, own)):
        return None  # a heading above, or the day's line a heading over the lines below ("Otrā diena – 4. jūlijs")
    return layout(doc).clause_bounds(prev.start)


def _prose(text: str, sentence) -> bool:
    """Whether the sentence reads as prose: closed by a stop, six words or more."""
    return _CLOSED.search(text, sentence.start, sentence.end) is not None \
        and _words(text, sentence.start, sentence.end, MIN_WORDS)


_BLANK = re.compile(r"\n[ \t\u00a0]*\n")


def _blank_line(text: str, start: int, end: int) -> bool:
    """Whether a blank line (maybe holding spaces) stands in text[start:end]."""
    return _BLANK.search(text, start, end) is not None


def dated_elsewhere(doc: Document, noun: NounMention, date_starts: list[int]) -> bool:
    """Whether a mention of the noun's kind before it stands in a sentence holding a date: that
    occurrence has its own day, and a day set apart below is another's. O(nouns before the noun),
    asked only for a day set apart in a paragraph of its own."""
    for other in event_nouns(doc):
        if other.start >= noun.start:
            break
        if other.kind != noun.kind:
            continue
        sentence = doc.sentence_index(other.start)
        if sentence is not None:
            bounds = doc.sentences[sentence]
            if any_between(date_starts, (bounds.start, bounds.end)):
                return True
    return False
