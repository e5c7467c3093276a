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


# A dedication beside the word: "sarīkojums, veltīts Skolotāju dienai", "Skolotāju dienai veltītais
# pasākums". The day it is for is the occasion, not the occurrence: the headline's naming of that
# day ("Skolotāju dienā godināti pedagogi") does not stand for the generic word.
DEDICATED_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:[^\W\d_]+[ \t]+)?veltīt", re.IGNORECASE)
DEDICATED_BEFORE = re.compile(r"veltīt[^\W\d_]*[ \t]+(?:[^\W\d_]+[ \t]+){0,2}$", re.IGNORECASE)


def dedicated(doc: Document, noun: NounMention) -> bool:
    return DEDICATED_AFTER.match(doc.text, noun.end) is not None \
        or DEDICATED_BEFORE.search(doc.text, max(0, noun.start - 40), noun.start) is not None
