"""A project named without quotes by a phrase in another language right before a singular project
word: "ar kuriem sadarbība sākās Trans in Form projekta laikā", "tikāmies ar Military Heritage II
projekta partneriem", "saistīti ar Rail Baltica infrastruktūras projektu" (one Latvian genitive of the
project's kind may stand between). Two to five words, each capitalised or an inner small word ("in",
"of": [foreign_name] inner_words) or a Roman numeral closing it; none a Latvian word (no Latvian letter,
none of four letters or more the lexicon lists: "Samantas Davidovas projekts" is a person's), and one
that looks like no Latvian word ("Military", "Rail") or a small word of the other language between them
("Trans in Form"). Not a plural project word ("Interreg Baltic
projekti" are a programme's), not a programme or a fund (funder_quoted.names_a_funder, [short_names]
not_names on its first word), not an organisation's after its kind ("biedrības …", config.is_owner).
The single coined word ("MeadowCare 2.0 projekta") is foreign_before.py's. One regex pass: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import is_listed
from ...latvian.orthography import LOWER
from ...word_regex import alternation
from ..vocabulary import load
from .config import config
from .foreign_before import owned_or_funder
from .foreign_name import not_first_words
from .patterns import looks_foreign

ROMAN = re.compile(r"[IVX]{1,4}")


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    inner = alternation(load("projects")["foreign_name"]["inner_words"])
    word = r"(?:[A-Z][A-Za-z\-]*+|[IVX]{1,4}(?![\w\-]))"
    return re.compile(r"(?<![\w„“\"«'+\-])(?P<name>[A-Z][a-z][A-Za-z\-]*+(?:[ \t]+(?:(?:" + inner + r")[ \t]+)?"
                      + word + r"){1,4})[ \t]+(?:[" + LOWER + r"]{5,}(?:as|es|us)[ \t]+)?"
                      r"[Pp]rojekt(?:s|a|u|am|ā)(?![^\W\d_])")


@lru_cache(maxsize=1)
def _inner() -> frozenset[str]:
    return frozenset(load("projects")["foreign_name"]["inner_words"])


def foreign_phrase_before(doc: Document, not_names: set[str], fund_heads: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each foreign phrase said right before a singular project word."""
    c = config()
    found = []
    for m in _phrase().finditer(doc.text):
        words = m["name"].split()
        if words[0] in not_first_words() or words[0] in not_names or m["name"] in not_names:
            continue
        plain = [w for w in words if w[:1].isupper() and not ROMAN.fullmatch(w)]
        # (a small word of the other language between capitalised ones is sign enough: "Trans in Form")
        if any(len(w) >= 4 and is_listed(w) for w in plain) or not (
                any(looks_foreign(w) for w in plain) or any(w in _inner() for w in words)):
            continue
        if owned_or_funder(doc, m, c, not_names, fund_heads):
            continue
        found.append((m.start("name"), m.end("name")))
    return found
