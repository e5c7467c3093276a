"""A sentence opened by a contrast word ("Bet", "Savukārt", "Turpretī") tells another occasion than
the sentence before: "Ar grāmatu bērni iepazinās jau Dzejas dienās. Bet jaunu stāstu lasījām 2.
novembra rītā" — the reading of the 2nd is no Poetry Days. The sentence before lends its noun to no
day of such a sentence, as ", bet …" inside one sentence lends none (ranking.CONTRAST). Not where
the day's sentence points back with a demonstrative ("Savukārt 5. maijā tas notiks Liepās": the
same occurrence, moved), in the day's own clause only (a "par to" after a comma points at nothing).
Data: events.toml [opening_contrast]. O(1) per date: the sentence's first words and a bounded window
around the day."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary

# How far before and past the day a demonstrative pointing back is looked for (a comma ends the clause sooner).
REACH = 80


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
    if opening.match(doc.text, sentence.start, sentence.end) is None:
        return False
    # The pointer stands in the day's own clause, between the opener and the next comma after the day
    # ("Savukārt 5. maijā tas notiks Liepās"); "par to", "tā kā" in a later clause point at nothing.
    comma = doc.text.find(",", at, min(sentence.end, at + REACH))
    end = comma if comma >= 0 else min(sentence.end, at + REACH)
    return pointer.search(doc.text, max(sentence.start, at - REACH), end) is None
