"""A feast or a named day told as kept across the whole country or the world ("1. septembrī, kad visā
Latvijā tiek atzīmēta Zinību diena, …", "14.05. visā Latvijā svinēja … svētkus"): the calendar's day, in
any tense, not an occurrence the text dates. The noun stands a few words from a keeping verb, no comma
between, in a sentence that names the scope; the sentence's other nouns stay ("…, kad visā Latvijā svin
svētkus, Ozolos notiks koncerts"), and a campaign's week or month so kept holds occurrences of its own
([kept_across] periods: "Bibliotēku nedēļa visā valstī tika atzīmēta no … līdz …" stays). The feasts of
[kept_across] sentence_types are the calendar's wherever in such a sentence they stand (`country_keeps`,
asked of the events by kept_feasts.py). Words and scopes: events.toml [kept_across], read here only.
O(1) per noun: the noun's own sentence, at most REACH characters either side."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary, whole_words

# How far from the noun the scope and the verb are looked for, inside its sentence.
REACH = 160


@dataclass(frozen=True)
class _Table:
    scope: re.Pattern  # "visā Latvijā", …
    verb: re.Pattern  # a keeping verb, whole words
    verb_before: re.Pattern  # the verb, then a few words (no comma) up to the noun
    verb_after: re.Pattern  # the noun's end, a few words, the verb
    periods: tuple[str, ...]  # a campaign's week or month: it stays
    sentence_types: frozenset[str]  # feasts kept however far the verb stands


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = vocabulary()["kept_across"]
    verb = whole_words(data["verbs"], spaced=True)
    gap = rf"(?:\s+[^\W\d_]+){{0,{int(data['words_between'])}}}"
    return _Table(whole_words(data["scopes"], spaced=True), verb,
                  re.compile(rf"{verb.pattern}{gap}\s+$", re.IGNORECASE),
                  re.compile(rf"{gap}\s+{verb.pattern}", re.IGNORECASE),
                  tuple(data["periods"]), frozenset(data["sentence_types"]))


def kept_across(doc: Document, noun) -> bool:
    """Whether the noun names a feast the sentence says the whole country or world keeps."""
    table = _table()
    if noun.kind.endswith(table.periods):
        return False
    index = doc.sentence_index(noun.start)
    if index is None:
        return False
    sentence = doc.sentences[index]
    start, end = max(sentence.start, noun.start - REACH), min(sentence.end, noun.end + REACH)
    if table.scope.search(doc.text, start, end) is None:
        return False
    return table.verb_before.search(doc.text, start, noun.start) is not None \
        or table.verb_after.match(doc.text, noun.end, end) is not None


def sentence_types() -> frozenset[str]:
    """[kept_across] sentence_types: the feasts `country_keeps` is asked of."""
    return _table().sentence_types


def country_keeps(doc: Document, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` (a sentence) names the whole country or world and a
    keeping verb, anywhere in it."""
    table = _table()
    return table.scope.search(doc.text, start, end) is not None and table.verb.search(doc.text, start, end) is not None
