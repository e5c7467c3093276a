"""Nouns that name an occurrence only with their own quoted name right after them ("plkst. 14
pastaiga “Pa vecpilsētu”", "aicina uz pastaigu „Rudens takās”"): told bare, "pastaiga" is mostly a
stroll described, so the vocabulary leaves it out; the quoted name makes it a programme's item.
Data: events.toml [titled_heads] (kind → the forms that may stand before the quote). Found once per
document, as spans for the noun matcher. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary
from .noun_mention import OPEN_QUOTE


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    forms = {form.lower(): kind for kind, listed in vocabulary()["titled_heads"].items() for form in listed}
    return re.compile(rf"(?<![\w-])({literals(sorted(forms, key=len, reverse=True))})\s*(?={OPEN_QUOTE})",
                      re.IGNORECASE), forms


def titled_heads(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every such noun before its quoted name."""
    pattern, forms = _pattern()
    return [(forms[m.group(1).lower()], m.start(1), m.end(1)) for m in pattern.finditer(text)]
