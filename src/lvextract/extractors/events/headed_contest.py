"""A contest's page headed by its quoted name ("Skrējiens „Ozolu aplis”", "Krosa sacensības
“Lazdu apļi” | Nolikums") whose body dates it by a plainer word ("Sacensības notiks 8. jūnijā"):
the heading's name is that contest's title, and a named kind there ([contest_kind] named:
"skrējiens") its type, the kind word ("sacensības") saying less. Only when the text dates one
contest: a page of several contests or rounds does not tell which one the heading names.
O(lines above the contest)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...layout import lines_from
from ...record import Record
from ...latvian.orthography import CLOSING_QUOTES, OPENING_QUOTES
from .lexicon import vocabulary

# A heading is a short line; its contest noun stands right before the quoted name.
HEADING_CHARS = 120
_NAMED = re.compile(rf"([^\W\d_]+)[^\S\n]+[{OPENING_QUOTES}]([^{OPENING_QUOTES}{CLOSING_QUOTES}\n]{{2,60}})[{CLOSING_QUOTES}]")


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, ...], frozenset[str], dict[str, str]]:
    data = vocabulary()["contest_kind"]
    named, words = tuple(data["named"]), frozenset(data["words"])
    return named, words, {stem(w): w for w in (*named, *words)}


def _heading_name(text: str, before: int) -> tuple[str, str] | None:
    """The first heading line above `before` naming a contest by its quoted name: (lemma, name)."""
    by_stem = _kinds()[2]
    for start, end in lines_from(text, 0, before):
        line = text[start:min(end, before)]
        if len(line.strip()) <= HEADING_CHARS:
            for m in _NAMED.finditer(line):
                lemma = by_stem.get(stem(m.group(1)))
                if lemma is not None and m.group(2).strip():
                    return lemma, m.group(2).strip()
    return None


def title_headed_contest(doc: Document, record: Record) -> None:
    named, words, _ = _kinds()
    contests = [e for e in record.events if e.type in words or e.type.endswith(named)]
    if len(contests) != 1 or contests[0].title is not None or contests[0].span is None:
        return
    event = contests[0]
    found = _heading_name(doc.text, event.span.start)
    if found is None:
        return
    lemma, event.title = found
    if event.type in words and lemma in named:
        event.type = lemma  # "Skrējiens „Ozolu aplis”" over "Sacensības notiks …": the race
