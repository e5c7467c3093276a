"""A headline that lists a day's doings ("Ziedu upe, kūku cepšana, koncerti un balle Ozolmuižā"):
its nouns, joined by commas or "un", are parts of a feast, none the one occurrence a body clause of
going or sounding ("Sestdien pagasta centrs skanēja") tells of, so the headline lends that clause no
noun. Asked once per document (Document.derived); O(nouns of the headline)."""
from __future__ import annotations

import re

from ...document import Document
from .lexicon import generic_types

# Between two listed nouns: a comma, or "un" (any words around it).
LIST_JOIN = re.compile(r",|\sun\s")


def listing_headline(doc: Document, index, title: tuple[int, int]) -> bool:
    """Whether the headline joins two or more kinds of occurrence by commas or "un"."""
    def find(_doc: Document) -> bool:
        nouns = [n for n in index.all_in(title) if n.kind not in generic_types()]
        kinds = {n.kind for n in nouns}
        return len(kinds) >= 2 and any(LIST_JOIN.search(doc.text, a.end, b.start)
                                       for a, b in zip(nouns, nouns[1:]) if a.kind != b.kind)
    return doc.derived(f"events.headline_list.{title[0]}.{title[1]}", find)
