"""A verb of celebrating whose object is a day ("4. maijā svinējām Neatkarības atjaunošanas dienu"):
the clause tells the day kept, not that the occurrence a headline names ("Talka pie skolas") took
place that day, so the headline lends it no noun (headline.title_noun). Data: events.toml
[celebrated_day]. The verbs are found once per document (Document.derived); a clause asks by
bisection, O(log n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import spaced_literals, vocabulary
from .offsets import any_between

CLAUSE_REACH = 90


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], re.Pattern]:
    data = vocabulary()["celebrated_day"]
    # the object's day word, before the clause closes (a comma, a stop, a line's end)
    day = re.compile(rf"[^,.;:!?\n]*?(?<!\w)(?:{spaced_literals(data['days'])})(?!\w)", re.IGNORECASE)
    return frozenset(data["verbs"]), day


def celebrates_day(text: str, start: int, end: int) -> bool:
    """Whether the verb at start:end is one of celebrating with a day as its object."""
    verbs, day = _data()
    return text[start:end].lower() in verbs and day.match(text, end, min(len(text), end + CLAUSE_REACH)) is not None


def _starts(doc: Document) -> list[int]:
    return [m.start() for m in re.finditer(r"[^\W\d_]+", doc.text) if celebrates_day(doc.text, m.start(), m.end())]


def celebrated_in(doc: Document, bounds: tuple[int, int]) -> bool:
    """Whether the clause keeps a day by a verb of celebrating ("svinējām … dienu")."""
    return any_between(doc.derived("events.celebrated_day", _starts), bounds)
