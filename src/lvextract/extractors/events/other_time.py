"""An item a report tells after a held day under a genitive of another time ("Fragmentus no izrādes
varēja vērot arī šīs vasaras novada svētku koncertos"): this summer's concerts, not an occurrence of
the day the report dates. Data: events.toml [other_time]. O(item): the item's own few words."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import spaced_literals, vocabulary


@lru_cache(maxsize=1)
def _other_time() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{spaced_literals(vocabulary()['other_time']['phrases'])})(?!\w)", re.IGNORECASE)


def of_other_time(doc: Document, item: tuple[int, int]) -> bool:
    return _other_time().search(doc.text, *item) is not None
