"""Verbs that name an occurrence only where their clause names none by a noun: "6. aprīlī ministrs
apmeklēja Ozolu pamatskolu" is a visit, but "Semināra dalībnieki 5. decembrī apmeklēja muzeju" is the
seminar's day, and "izstādi apmeklēja 300 skolēnu" the exhibition's (events.toml [weak_verbs]: form →
type). The infinitives of meeting count only after a verb of inviting ([invited_after] verbs) or of going in
their clause ([meeting_infinitives]: "aicināti tikties ar …", "dosies uz Briseli tikties", not "mēs varam
satikties"). Found once per document
with the other occurrence verbs (verbs.occurrence_verbs); each asks its clause once, O(log n), and an
infinitive also reads its clause up to itself."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from .lexicon import literals, vocabulary
from .nouns import noun_starts
from .offsets import any_between
from .word_runs import kept_runs


@lru_cache(maxsize=1)
def _invited() -> tuple[frozenset[str], re.Pattern]:
    """[meeting_infinitives] forms, and a pattern of what must stand before them: a verb of inviting
    ([invited_after] verbs, word starts) or of going (whole words)."""
    words = vocabulary()["meeting_infinitives"]
    inviting, going = literals(vocabulary()["invited_after"]["verbs"]), literals(words["going"])
    return frozenset(words["forms"]), re.compile(rf"(?<!\w)(?:{inviting}|(?:{going})(?!\w))", re.IGNORECASE)


def weak_verbs(doc: Document) -> list[tuple[int, str]]:
    forms = vocabulary()["weak_verbs"]
    infinitives, inviting = _invited()
    nouns = noun_starts(doc)
    found = []
    # (each distinct run of letters asked once; only the forms' own runs are visited: events/word_runs.py)
    for start, end in kept_runs(doc, lambda word: word.lower() in forms, letters=True):
        word = doc.text[start:end].lower()
        kind = forms[word]
        clause = layout(doc).clause_bounds(start)
        if clause is None or any_between(nouns, clause):
            continue
        if word in infinitives and inviting.search(doc.text, clause[0], start) is None:
            continue  # "mēs varam satikties": a wish; "aicināti tikties", "dosies … tikties": the meeting
        found.append((start, kind))
    return found
