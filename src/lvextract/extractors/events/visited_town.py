"""A visit's town told as the object of its verb ("Pirmdien ministrs darba vizītē apmeklēs
Daugavpili"): the venue rules read locatives ("Daugavpilī"), not the accusative, so the visit would
stay placed nowhere. A listed town (latvian places: their nominatives) in the accusative right after
a verb of visiting (events.toml [visited_town]) in the visit's sentence is its place. O(events)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.places import known_places
from ...record import Record
from .lexicon import vocabulary
from .place_before_verb import place_before_verbs
from .reported_place import drop_reported_places


@lru_cache(maxsize=1)
def _accusatives() -> dict[str, str]:
    """Accusative (lower case) → nominative of the listed places, by the nominative's ending."""
    found: dict[str, str] = {}
    for nominative in known_places().values():
        low = nominative.lower()
        forms = []
        if low.endswith("pils"):
            forms.append(low[:-1] + "i")  # Daugavpils → Daugavpili
        elif low.endswith(("us",)):
            forms.append(low[:-1])  # Saldus → Saldu
        elif low.endswith("is"):
            forms.append(low)  # Cēsis → Cēsis
        elif low.endswith("s"):
            forms.append(low[:-1] + "u")  # Tukums → Tukumu
        elif low.endswith("i"):
            forms.append(low + "us")  # Talsi → Talsus
        elif low.endswith("a"):
            forms.append(low[:-1] + "u")  # Rīga → Rīgu
        elif low.endswith("e"):
            forms.append(low[:-1] + "i")  # Ogre → Ogri
        for form in forms:
            found.setdefault(form, nominative)
    return found


@lru_cache(maxsize=1)
def _verb_then_word() -> re.Pattern:
    data = vocabulary()["visited_town"]
    verbs = "|".join(map(re.escape, data["verbs"]))
    return re.compile(rf"(?<!\w)(?:{verbs})\w*\s+([^\W\d_]+)", re.IGNORECASE)


def place_visited_towns(doc: Document, record: Record) -> None:
    drop_reported_places(doc, record)  # "…, informēja Ozolu novada pašvaldībā": the source, no place
    place_before_verbs(doc, record)  # "Limbažos viesojās": the town before a verb that looks locative
    types = frozenset(vocabulary()["visited_town"]["types"])
    for event in record.events:
        if event.place is not None or event.type not in types or event.span is None:
            continue
        k = doc.sentence_index(event.span.start)
        if k is None:
            continue
        sentence = doc.sentences[k]
        for m in _verb_then_word().finditer(doc.text, sentence.start, sentence.end):
            town = _accusatives().get(m.group(1).lower())
            if town is not None and m.group(1)[:1].isupper():
                event.place = town
                break
