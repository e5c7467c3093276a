"""A day whose clause names its occurrence only by the generic word or a gathering verb ("Trešdien,
21. decembrī, muzeja saime plašu sabiedrību pulcēja Tiguļkalnā."), retold a sentence or three later
by another noun in the locative ("Šo atšķirību sarīkojumā atcerējās daudzi", "Svētkos atklāja
grāmatu"): that noun names the day's occurrence (RECORD.md: the generic word only when nothing more
specific is said of it), past a paragraph break too. Not past another day (a year told in passing,
"1996. gadā", is history, no other occurrence); the first such noun wins. O(log n) per date: the nouns of a bounded stretch."""
from __future__ import annotations

from ...document import Document
from ...record import Event
from .lexicon import generic_types
from .noun_mention import NounMention
from .nouns import LOCATIVE_ENDINGS
from .offsets import any_between
from .ranking import Nouns

# How many sentences after the day's may retell it.
_LATER_SENTENCES = 3
# Widest stretch read after the day's clause.
_REACH = 600


def retold_later(doc: Document, index: Nouns, bounds: tuple[int, int], date_starts: list[int],
                 kind: str) -> NounMention | None:
    """The later noun that names the day's `kind` (the generic word) more plainly, if any."""
    k = doc.sentence_index(max(0, bounds[1] - 1))
    if k is None:
        return None
    last = min(len(doc.sentences) - 1, k + _LATER_SENTENCES)
    stop = min(doc.sentences[last].end, bounds[1] + _REACH)
    if stop <= bounds[1]:
        return None
    for noun in index.all_in((bounds[1], stop)):
        if any_between(date_starts, (bounds[1], noun.start)):
            return None
        # a noun in the locative ("sarīkojumā", "ballē", "tirgū", "svētkos"): where what is told took place
        if noun.kind != kind and doc.text[noun.start:noun.end].lower().endswith(LOCATIVE_ENDINGS):
            return noun
    return None


def retype_gathering(doc: Document, index: Nouns, noun: NounMention, event: Event, bounds: tuple[int, int],
                     day_starts: list[int]) -> None:
    """Type `event`, made from a gathering verb or another word that is not the generic noun itself
    ("pulcēja", not "pasākums"), by the noun a later sentence retells it with."""
    if noun.kind not in generic_types() or doc.text[noun.start:noun.end].lower().startswith(noun.kind[:5]):
        return
    later = retold_later(doc, index, bounds, day_starts, noun.kind)
    if later is not None:
        event.type = later.kind
