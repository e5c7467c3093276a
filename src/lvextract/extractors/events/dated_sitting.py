"""A sitting's day written right before the sitting's noun ("atbilstoši domes 17.09.2020. sēdē
pieņemtajam lēmumam", "pamatojoties uz domes 17.02.2020. sēdes lēmumu", "padomes 2022. gada 12. maija
ārkārtas sēdes lēmumu"): the sitting is the day's occurrence, in whatever case, past a body's or a
kind's word or two, whatever noun the clause names nearer ("Apspriešana noteikta atbilstoši …");
RECORD.md counts the sitting itself, though not the decision taken there (a decision dated without
the sitting, "ar domes 17.02.2020. lēmumu", stays no event). events.toml [dated_sitting]. O(1) per
date: one bounded match after the day."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from .lexicon import literals, vocabulary
from .noun_mention import NounMention


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = vocabulary()["dated_sitting"]
    return re.compile(rf"(?:[^\S\n]+[^\W\d_]+){{0,{int(data['between'])}}}?[^\S\n]+({literals(data['forms'])})(?![^\W\d_])",
                      re.IGNORECASE)


# How far after the day the sitting's noun may end.
REACH = 60


def dated_sitting(doc: Document, mention: DateMention) -> NounMention | None:
    """The sitting's noun right after a day ("domes 17.09.2020. sēdē"), else None."""
    if not mention.value or len(mention.value) != 10 or mention.relative is not None:
        return None
    m = _pattern().match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + REACH))
    if m is None:
        return None
    return NounMention(vocabulary()["dated_sitting"]["type"], m.start(1), m.end(1))


@lru_cache(maxsize=1)
def _forms() -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])(?:{literals(vocabulary()['dated_sitting']['forms'])})(?![^\W\d_])", re.IGNORECASE)


def names_dated_sitting(doc: Document) -> bool:
    """Whether the text names a sitting by a form of its noun at all (a day may be written before
    it): one scan, for a text naming no other occurrence."""
    return _forms().search(doc.text) is not None
