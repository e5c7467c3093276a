"""A list of other articles below the text ("Citas ziņas" / "Saistītās ziņas", then lines
"12. maijā, 10:15 <headline>"): its dates are those articles' stamps and its names their
projects, not what this text tells of (read by events and projects). The markers are the date
grammar's related-article markers (temporal/data/temporal.toml, [document_date] related_markers:
the same lists keep a page's date from them). Found once per document: O(n)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..word_regex import alternation
from ..document import Document
from ..temporal import vocabulary as temporal_words

PROSE_WORDS = re.compile(r"[^\W\d_]+")
# A line of prose: four words or more and a full stop (the marker must come after the body began).
LEAST_PROSE_WORDS = 4


@lru_cache(maxsize=1)
def _marker() -> re.Pattern:
    markers = temporal_words.temporal()["document_date"]["related_markers"]
    words = alternation(markers)
    return re.compile(rf"[\s*#_>-]*(?:{words})[\s*_:]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _marker_then_stamp() -> re.Pattern:
    """A marker running on into the list's first stamp on its own line, glued or not ("Pēdējās
    ziņas2008-04-18 <headline> 2008-04-18 <headline> …": a page whose list lost its line breaks)."""
    return re.compile(rf"{_marker().pattern}(?=\d{{1,4}}[./-]\d)", re.IGNORECASE)


def related_start(doc: Document) -> int:
    """The offset where a list of other articles begins, else the text's length."""
    def find(d: Document) -> int:
        text, at, prose = d.text, 0, False
        for line in text.splitlines(keepends=True):
            body = line.strip()
            if prose and body and (_marker().fullmatch(body) or _marker_then_stamp().match(body)):
                return at
            if len(PROSE_WORDS.findall(body[:200])) >= LEAST_PROSE_WORDS and (body.endswith((".", "!", "?")) or ". " in body):
                prose = True
            at += len(line)
        return len(text)
    return doc.derived("related_start", find)


def marker_line_after(doc: Document, at: int) -> int:
    """The start of the first line after `at` that is a related-articles marker alone ("Saistītie
    raksti"), prose above it or not, else the text's length: a page's sidebar above the article
    ("28.06. plkst. 14:00 / Domes sēde / Saistītie raksti / <the article>") ends at such a marker.
    The markers' lines are found once per document (O(n)); each ask is O(log n)."""
    def find(d: Document) -> list[int]:
        starts, pos = [], 0
        for line in d.text.splitlines(keepends=True):
            if _marker().fullmatch(line.strip()):
                starts.append(pos)
            pos += len(line)
        return starts
    starts = doc.derived("related_marker_lines", find)
    k = bisect.bisect_right(starts, at)
    return starts[k] if k < len(starts) else len(doc.text)
