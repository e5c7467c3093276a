"""A day's sentence naming its occurrences by the generic word in the plural ("25. martā aicina
apmeklēt atceres pasākumus", "Lāčplēša dienā notiks pasākumi"): several occurrences of that day,
each told after it in a sentence or a line of its own led by its hour ("Plkst. 14.00 … piemiņas
brīdis."). Such a day heads the hour-led items after it as a day naming a specific occurrence does
(programme.py). The forms are events.toml's [plural_generic]: whole words, so the genitive plural,
the accusative singular's twin ("pasākumu"), stays out. O(nouns of the sentence)."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary
from .offsets import span_last_word
from .ranking import Nouns


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(vocabulary()["plural_generic"]["forms"])


def names_plural_generic(doc: Document, index: Nouns, bounds: tuple[int, int]) -> bool:
    forms = _forms()
    return any(doc.text[n.start:n.end].lower() in forms for n in index.all_in(bounds))


def told_in_plural(event) -> bool:
    """Whether the event's noun is the generic word in the plural: several occurrences of its day, so
    no twin of any one of them (merging.drop_generic_twins). O(1)."""
    last = span_last_word(event)  # its noun: "… norisināsies vairāki piemiņas pasākumi"
    return last is not None and last.text.lower() in _forms()
