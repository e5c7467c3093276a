"""A sentence opened by a contrast word ("Bet", "Savukārt", "Turpretī") tells another occasion than
the sentence before: "Ar grāmatu bērni iepazinās jau Dzejas dienās. Bet jaunu stāstu lasījām 2.
novembra rītā" — the reading of the 2nd is no Poetry Days. The sentence before lends its noun to no
day of such a sentence, as ", bet …" inside one sentence lends none (ranking.CONTRAST). Not where
the day's sentence points back with a demonstrative ("Savukārt 5. maijā tas notiks Liepās": the
same occurrence, moved). Data: events.toml [opening_contrast]. O(1) per date: its sentence's first
words."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary

# How far into the sentence a demonstrative pointing back is looked for.
REACH = 200


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = vocabulary()["opening_contrast"]
    opening = re.compile(rf"[\W_]*(?:{literals(words['openers'])})(?!\w)")
    pointer = re.compile(rf"(?<!\w)(?:{literals(words['pointers'])})(?!\w)", re.IGNORECASE)
    return opening, pointer


def opens_with_contrast(doc: Document, at: int) -> bool:
    """Whether the sentence holding offset `at` opens with a contrast word and points back at nothing."""
    index = doc.sentence_index(at)
    if index is None:
        return False
    sentence = doc.sentences[index]
    opening, pointer = _patterns()
    return opening.match(doc.text, sentence.start, sentence.end) is not None \
        and pointer.search(doc.text, sentence.start, min(sentence.end, sentence.start + REACH)) is None
