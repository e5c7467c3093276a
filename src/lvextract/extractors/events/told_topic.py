"""An event noun right after "par" in a sentence whose verb tells or talks ([told_topic] verbs) is
what is told about, no occurrence of the day: "Pulksten 23 par ceļojumu kājām stāstīs trīs
draugi" is a talk, not a journey on that day. The document's sentence, at most REACH characters
either side: O(1) per noun after "par"."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .happens_after import takes_place_after
from .lexicon import literals, vocabulary

_PAR_BEFORE = re.compile(r"(?<!\w)par\s+$", re.IGNORECASE)
# How far either way the sentence's verb is looked for.
REACH = 200


@lru_cache(maxsize=1)
def _telling() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['told_topic']['verbs'])})(?!\w)", re.IGNORECASE)


def told_topic(doc: Document, noun) -> bool:
    """Whether the noun after "par" is the topic of its sentence's telling verb."""
    if _PAR_BEFORE.search(doc.text, max(0, noun.start - 6), noun.start) is None:
        return False
    index = doc.sentence_index(noun.start)
    if index is None:
        return False
    sentence = doc.sentences[index]
    start, end = max(sentence.start, noun.start - REACH), min(sentence.end, noun.end + REACH)
    # (not an occurrence its own relative clause dates: "pastāstīs par festivālu, kas notiks 5. jūlijā")
    return _telling().search(doc.text, start, end) is not None and not takes_place_after(doc, noun)
