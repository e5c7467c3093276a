"""A project joined, named after a dash without quotes in running text: "skola piedalās valsts
projektā – Lasīšanas stafete, kurā …". Only after a verb or noun of taking part ([dash_joined]
`joining`, word beginnings) a few words before the locative "projektā": a dash after "projekts"
as often opens a comment ("liels projekts – Paldies visiem!", dash_item.py). The name is a
capitalised word and one to `max_words` - 1 more, at least one of them in lower case (only
capitalised words are as often a person: "projektā – Anna Kalniņa"), closed by punctuation or the
line's end, with no verb among its words ("projektā – Latvijā tas notiek pirmo reizi" names none)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import UPPER
from ...latvian.verb_forms import is_verb_form
from ..vocabulary import load


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = load("projects")["dash_joined"]
    joining = "|".join(data["joining"])
    more = int(data["max_words"]) - 1
    return re.compile(
        rf"(?<![^\W\d_])(?:{joining})[^\W\d_]*[ \t]+(?:[^\W\d_]+[ \t]+){{0,3}}?projektā[ \t]+[–—-][ \t]+"
        rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,{more}}}?)(?=[ \t]*(?:[,.;:!?(]|$))",
        re.MULTILINE)


JOINERS = frozenset({"un", "vai", "ar"})  # ("Anna Kalniņa un Jānis Ozols": still only names)


def _verb(token) -> bool:
    """A lower-case word whose lemma is an infinitive: a clause of its own, not a name."""
    return token.text.islower() and is_verb_form(token.text, token.lemma)


def joined_dash(doc: Document, not_names: set[str]):
    """(start, end) of each name after "piedalīties … projektā –" (one scan of the text)."""
    for m in _pattern().finditer(doc.text):
        words = m["name"].split()
        # (a capitalised word alone, or only capitalised words, is as often a person or a place:
        # "piedalījās projektā – Anna Kalniņa, Jānis …")
        if words[0] in not_names or len(words) < 2 \
                or not any(w[:1].islower() and w not in JOINERS for w in words[1:]):
            continue
        if any(_verb(t) for t in doc.tokens_within(m.start("name"), m.end("name"))):
            continue
        yield m.start("name"), m.end("name")
