"""A feast or a named day told as kept across the whole country or the world ("1. septembrī, kad visā
Latvijā tiek atzīmēta Zinību diena, …", "14.05. visā Latvijā svinēja … svētkus"): the calendar's day, in
any tense, not an occurrence the text dates. The noun stands a few words from a keeping verb, no comma
between, in a sentence that names the scope; the sentence's other nouns stay ("…, kad visā Latvijā svin
svētkus, Ozolos notiks koncerts"), and a campaign's week or month so kept holds occurrences of its own
([kept_across] periods: "Bibliotēku nedēļa visā valstī tika atzīmēta no … līdz …" stays). Words and
scopes: events.toml [kept_across]. O(1) per noun: the noun's own sentence, at most REACH characters
either side."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary, whole_words

# How far from the noun the scope and the verb are looked for, inside its sentence.
REACH = 160


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = vocabulary()["kept_across"]
    verbs = whole_words(data["verbs"], spaced=True).pattern
    gap = rf"(?:\s+[^\W\d_]+){{0,{int(data['words_between'])}}}\s+"
    # the verb, then a few words (no comma) up to the noun; or the noun's end, a few words, the verb
    before = re.compile(rf"{verbs}{gap}$", re.IGNORECASE)
    after = re.compile(rf"{gap[:-3]}\s+{verbs}", re.IGNORECASE)
    return whole_words(data["scopes"], spaced=True), before, after


def kept_across(doc: Document, noun) -> bool:
    """Whether the noun names a feast the sentence says the whole country or world keeps."""
    if noun.kind.endswith(tuple(vocabulary()["kept_across"]["periods"])):
        return False
    scope, before, after = _patterns()
    index = doc.sentence_index(noun.start)
    if index is None:
        return False
    sentence = doc.sentences[index]
    start, end = max(sentence.start, noun.start - REACH), min(sentence.end, noun.end + REACH)
    if scope.search(doc.text, start, end) is None:
        return False
    return before.search(doc.text, start, noun.start) is not None or after.match(doc.text, noun.end, end) is not None
