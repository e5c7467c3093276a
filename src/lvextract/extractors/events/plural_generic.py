"""A day's sentence naming its occurrences by the generic word in the plural ("25. martā aicina
apmeklēt atceres pasākumus", "Lāčplēša dienā notiks pasākumi"): several occurrences of that day,
each told after it in a sentence or a line of its own led by its hour ("Plkst. 14.00 … piemiņas
brīdis."). Such a day heads the hour-led items after it as a day naming a specific occurrence does
(programme.py). The forms are events.toml's [plural_generic]: whole words, so the genitive plural,
the accusative singular's twin ("pasākumu"), stays out. O(nouns of the sentence)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary
from .ranking import Nouns


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(vocabulary()["plural_generic"]["forms"])


def names_plural_generic(doc: Document, index: Nouns, bounds: tuple[int, int]) -> bool:
    forms = _forms()
    return any(doc.text[n.start:n.end].lower() in forms for n in index.all_in(bounds))


# The last word of an event's span: its noun ("… norisināsies vairāki piemiņas pasākumi").
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def told_in_plural(event) -> bool:
    """Whether the event's noun is the generic word in the plural: several occurrences of its day, so
    no twin of any one of them (merging.drop_generic_twins). O(1)."""
    m = _LAST_WORD.search(event.span.text) if event.span is not None else None
    return m is not None and m.group(1).lower() in _forms()
