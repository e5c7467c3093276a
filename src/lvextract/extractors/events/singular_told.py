"""A name the vocabulary types in the plural ("dzejas dienas": the poetry days, a festival of
readings, "uzņēmēju dienas") told in the singular ("bibliotēkā notiks Dzejas diena", "pulcējās, lai
baudītu Dzejas dienu"): RECORD.md's type is the lemma of the noun written, so the singular ("dzejas
diena"; dev h159_07 and h136_06, both golds where they write one). The plural told stays the
festival's name. The accusative singular shares its form with the genitive plural ("Dzejas dienu
pasākums"), so it counts only where no word follows it before punctuation, a line's end or a digit.
events.toml [singular_told]; asked by `nouns`."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary
from .noun_mention import NounMention

# What may follow an accusative singular: punctuation, a line's end, a date's digit.
ACCUSATIVE_CLOSE = re.compile(r"[ \t]*(?:[.,;:!?)\n–—-]|\d|$)")


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    data = vocabulary()["singular_told"]
    return dict(data["plural_heads"]), frozenset(data["singular_forms"]), frozenset(data["accusative_forms"])


def singular_told(doc: Document, noun: NounMention) -> NounMention:
    """The noun retyped by the singular head when a plural-typed name is written in the singular;
    else the noun as it was. O(1)."""
    heads, singular, accusative = _data()
    first, _, head = noun.kind.rpartition(" ")
    if not first or head not in heads:
        return noun
    written = doc.text[noun.start:noun.end].rsplit(maxsplit=1)[-1].lower()
    if written in singular or (written in accusative and ACCUSATIVE_CLOSE.match(doc.text, noun.end)):
        return NounMention(f"{first} {heads[head]}", noun.start, noun.end)
    return noun
