"""An exhibition only on view during an occurrence the clause names in the locative before it
("Muzeju naktī, 18. maijā, muzejā būs skatāma izstāde …", "Svētkos apskatāma arī ekspozīcija"):
the framing occurrence is what takes place that day; the exhibition is a display it offers. The
viewing words and kinds are events.toml's [shown_until] (the same words that carry an exhibition's
end). O(nouns of the clause)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import generic_types, literals, vocabulary
from .noun_mention import NounMention
from .ranking import Nouns

# The viewing word right before the exhibition, maybe past "arī" or an adjective or two.
_VIEWED_BEFORE = 40
# How far before the exhibition its frame may stand.
_FRAME_REACH = 200
# A noun in the locative: the frame the display is offered in ("naktī", "svētkos", "festivālā").
_LOCATIVE = re.compile(r"(?:ā|ī|ē|os|ās|ēs)$")


@lru_cache(maxsize=1)
def _viewed() -> tuple[re.Pattern, tuple[str, ...]]:
    words = vocabulary()["shown_until"]
    pattern = re.compile(rf"(?<![^\W\d_])(?:{literals(words['verbs'])})(?:\s+[^\W\d_]+){{0,3}}\s*$", re.IGNORECASE)
    return pattern, tuple(words["kinds"])


def viewed_in_frame(doc: Document, index: Nouns, noun: NounMention | None,
                    bounds: tuple[int, int]) -> NounMention | None:
    """The framing occurrence's noun, when `noun` is an exhibition told only by a viewing word."""
    viewed, kinds = _viewed()
    if noun is None or not noun.kind.endswith(kinds):
        return None
    if viewed.search(doc.text, max(bounds[0], noun.start - _VIEWED_BEFORE), noun.start) is None:
        return None
    generic = generic_types()
    for other in index.all_in((max(bounds[0], noun.start - _FRAME_REACH), noun.start)):
        if other.kind not in generic and not other.kind.endswith(kinds) \
                and _LOCATIVE.search(doc.text[other.start:other.end]):
            return other
    return None
