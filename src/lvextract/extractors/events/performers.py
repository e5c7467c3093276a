"""Performers who "viesosies" / "viesojās" somewhere come to give a concert ("baznīcā viesosies
ērģelnieks", "kultūras namā viesosies kamerkoris „…”"): the verb then names a concert, not an official
visit, as a writer's names a meeting (verbs._guest_author). Data: events.toml [guest_performance]."""
from __future__ import annotations

import re

from ...latvian.lemmas import stem
from .lexicon import stems, vocabulary

# How far from the verb, within its clause, the performer may be named.
PERFORMER_REACH = 60


def guest_performers(doc, bounds: tuple[int, int], verb_start: int) -> bool:
    window = doc.text[max(bounds[0], verb_start - PERFORMER_REACH):min(bounds[1], verb_start + PERFORMER_REACH)]
    performers = stems("guest_performance", "performers")
    return any(stem(w.lower()) in performers for w in re.findall(r"[^\W\d_]+", window))


def performance_type() -> str:
    return vocabulary()["guest_performance"]["type"]
