"""A generic occurrence word with its own quoted name ("labdarības pasākums «Gaismu gaidot»",
"svinīgs pasākums «Latvijai simts»") says what it is: the name is its own, so the specific noun of
the sentence before (often another occurrence, told for other days: "Adventes svētdienās darbosies
tirdziņš") does not stand for it."""
from __future__ import annotations

import re

from ...document import Document
from .nouns import NounMention

# The name right after the word, maybe past a comma: "pasākums «…»", "pasākums, „…”".
NAME_AFTER = re.compile(r"[ \t]*,?[ \t]*[„“\"«][^„“\"«»”\n]{2,120}[”“\"»]")


def named_here(doc: Document, noun: NounMention) -> bool:
    return NAME_AFTER.match(doc.text, noun.end) is not None
