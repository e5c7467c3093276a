"""A work prepared for an occurrence: "koncertprogramma, kas gatavota operas studijas vasaras
festivālam". The occurrence in the dative a little after a participle of "gatavot" ([honoured]
prepared) is what the work is for, no occurrence the text dates, unless the clause right after
it says it takes place ("… gatavota festivālam, kas notiks 5. jūlijā"). O(1) per noun: one
anchored search in a short window before it."""
from __future__ import annotations

from functools import partial

from ...document import Document
from ...latvian.lemmas import NOUN_DATIVE_ENDINGS
from .happens_after import takes_place_after
from .lexicon import listed_pattern

# How far before the noun the participle may stand, within its clause.
REACH = 70


# The participle ("gatavota", "sagatavoti"), then the noun's own modifiers, no clause break.
_prepared_before = partial(listed_pattern, "honoured",
                           rf"(?<!\w)(?:{{prepared}})(?:s|a|i|as|ā|ie|ais|ajā)?(?!\w)[^.!?;:\n,]{{0,{REACH - 10}}}$")


def prepared_for(doc: Document, noun) -> bool:
    """Whether the noun is the occurrence a work is prepared for ([honoured] prepared)."""
    if not doc.text[noun.start:noun.end].lower().endswith(NOUN_DATIVE_ENDINGS):
        return False
    return _prepared_before().search(doc.text, max(0, noun.start - REACH), noun.start) is not None \
        and not takes_place_after(doc, noun)
