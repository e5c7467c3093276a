"""Verbs that name an occurrence only where their clause names none by a noun: "6. aprīlī ministrs
apmeklēja Ozolu pamatskolu" is a visit, but "Semināra dalībnieki 5. decembrī apmeklēja muzeju" is the
seminar's day, and "izstādi apmeklēja 300 skolēnu" the exhibition's (events.toml [weak_verbs]: form →
type). Found once per document with the other occurrence verbs (verbs.occurrence_verbs); each asks
its clause once, O(log n)."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from .lexicon import vocabulary
from .nouns import noun_starts
from .offsets import any_between


def weak_verbs(doc: Document) -> list[tuple[int, str]]:
    forms = vocabulary()["weak_verbs"]
    nouns = noun_starts(doc)
    found = []
    for m in re.finditer(r"[^\W\d_]+", doc.text):
        kind = forms.get(m.group(0).lower())
        if kind is None:
            continue
        clause = layout(doc).clause_bounds(m.start())
        if clause is not None and not any_between(nouns, clause):
            found.append((m.start(), kind))
    return found
