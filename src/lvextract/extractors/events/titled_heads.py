"""Nouns that name an occurrence only with their own quoted name right after them ("plkst. 14
pastaiga “Pa vecpilsētu”", "aicina uz pastaigu „Rudens takās”"): told bare, "pastaiga" is mostly a
stroll described, so the vocabulary leaves it out; the quoted name makes it a programme's item.
The noun may also explain its quoted name after a dash ("aicināti vērot „PeldParādi” – braucienu pa
Gauju"): the name and the noun are one occurrence told the other way round.
Data: events.toml [titled_heads] (kind → the forms that may stand before the quote or after it and a
dash). Found once per document, as spans for the noun matcher. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    forms = {form.lower(): kind for kind, listed in vocabulary()["titled_heads"].items() for form in listed}
    alternatives = literals(sorted(forms, key=len, reverse=True))
    # before its quoted name, or right after the name's closing quote and a spaced dash
    return re.compile(rf"(?<![\w-])({alternatives})\s*(?={OPEN_QUOTE})|{CLOSE_QUOTE} [–—-] ({alternatives})(?![\w-])",
                      re.IGNORECASE), forms


def titled_heads(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every such noun before its quoted name or after it and a dash."""
    pattern, forms = _pattern()
    found = []
    for m in pattern.finditer(text):
        group = 1 if m.group(1) else 2
        found.append((forms[m.group(group).lower()], m.start(group), m.end(group)))
    return found
