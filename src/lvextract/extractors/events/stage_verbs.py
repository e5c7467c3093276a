"""Occurrences a report or an announcement tells only by a verb with its people, where the clause
names no occurrence by a noun: "9. maijā skolā uzstājās mūzikas skolas audzēkņi" (or an announcement's
"5. maijā kultūras namā uzstāsies koris") is a concert (the
verb with performers in its clause; "ministrs uzstājās ar uzrunu" names none), and "21. aprīlī
bibliotēkā tika gaidīti pirmsskolas audzēkņi" the guests' visit (the passive of awaiting with its
guests). Data: events.toml [stage_verbs]. Found once per document with the other occurrence verbs
(verbs.occurrence_verbs); each match asks its clause once."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ...word_regex import alternation
from .lexicon import vocabulary
from .nouns import noun_starts
from .offsets import any_between


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern, re.Pattern, str]]:
    rules = []
    for rule in vocabulary()["stage_verbs"]["rules"]:
        verbs = re.compile(rf"(?<!\w)(?:{alternation(rule['verbs'])})(?!\w)", re.IGNORECASE)
        people = re.compile(rf"(?<!\w)(?:{alternation(rule['people'])})", re.IGNORECASE)
        rules.append((verbs, people, rule["type"]))
    return rules


def stage_verbs(doc: Document) -> list[tuple[int, str]]:
    """(start, type) of each such verb whose clause names its people and no occurrence noun."""
    nouns = noun_starts(doc)
    found = []
    for verbs, people, kind in _rules():
        # (the people's words found once: a clause is asked by bisecting, not rescanned per verb)
        people_starts = None
        for m in verbs.finditer(doc.text):
            clause = layout(doc).clause_bounds(m.start())
            if clause is None or any_between(nouns, clause):
                continue
            if people_starts is None:
                people_starts = [p.start() for p in people.finditer(doc.text)]
            if any_between(people_starts, clause):
                found.append((m.start(), kind))
    return found
