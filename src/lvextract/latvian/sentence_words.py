"""Words a Latvian sentence never ends on (conjunctions and prepositions, latvian/data/
abbreviations.toml `never_last_words`): a line of a hard-wrapped text that stops after one goes on
in the next line. Read by the sentence repairs, the layout's paragraphs and the document date."""
from __future__ import annotations

from functools import lru_cache

from .. import datafiles


@lru_cache(maxsize=1)
def never_last_words() -> frozenset[str]:
    return frozenset(datafiles.latvian("abbreviations").get("never_last_words", ()))
