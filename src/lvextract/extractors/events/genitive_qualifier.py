"""An occurrence noun in the genitive that heads a chain of genitives closed by another occurrence's
noun ("aicināti uz svētku noslēguma koncerta “Gaisma” koru repertuāra apguves konkursu"): the
genitive only says whose the head is (the concert's repertoire's contest), so the head names what
takes place, however far the chain runs; the qualifier is ranked as a part (ranking.Nouns), below
the head, as a genitive right before its head already is by the head's nominative. Only a genitive
that the noun's own lemma makes ("koncerts" → "koncerta", "svētki" → "svētku", "izstāde" →
"izstādes"): an accusative "koncertu" before a place's genitive is no qualifier ("apmeklēja
koncertu Ozolu festivālā"). Not a chain closed by the generic word ("konkursa dalībnieku
pasākumā": generic_genitive types that one). O(chain) per noun, the nouns' starts looked up."""
from __future__ import annotations

import re

from ...document import Document
from .lexicon import generic_types
from .noun_mention import NounMention

# The genitive a lemma's ending makes: singular "-s/-š" → "-a", "-a" → "-as", "-e" → "-es", plural
# "-i", "-as", "-es" → "-u". Lemmas in "-us" / "-is" read alike in several cases: none is taken.
_GENITIVE_OF = (("as", "u"), ("es", "u"), ("s", "a"), ("š", "a"), ("a", "as"), ("e", "es"), ("i", "u"))
_AMBIGUOUS = ("us", "is")
# A quoted name right after the noun ("koncerta “Gaisma”"), then one word of the chain.
_TITLE = re.compile(r"(?:[ \t]*(?:[„“\"«]|,,)[^„“”\"«»\n]{1,80}(?:[”“\"»]|’’|''))?")
_LINK = re.compile(r"[ \t]+(\w+?(?:šanās|ās|ēs|as|es|us|a|u))(?!\w)")
_NEXT = re.compile(r"[ \t]+")
# How many genitives may stand between the qualifier and its head.
CHAIN = 4


def _in_genitive(surface: str, kind: str) -> bool:
    word, lemma = surface.split()[-1].lower(), kind.split()[-1]
    if lemma.endswith(_AMBIGUOUS) or word == lemma:
        return False
    for ending, genitive in _GENITIVE_OF:
        if lemma.endswith(ending):
            return word == lemma[:-len(ending)] + genitive
    return False


def qualifies_next(text: str, noun: NounMention, heads: dict[int, str]) -> bool:
    """Whether the noun, in its lemma's genitive, opens a chain of one to CHAIN genitives (maybe past
    its quoted name) closed by another occurrence noun not of the generic word; `heads`: each
    noun's start → its kind."""
    if not _in_genitive(text[noun.start:noun.end], noun.kind):
        return False
    at = _TITLE.match(text, noun.end).end()
    for _ in range(CHAIN + 1):
        gap = _NEXT.match(text, at)
        if gap is None:
            return False
        kind = heads.get(gap.end())
        if kind is not None:
            return kind not in generic_types() and kind != noun.kind
        link = _LINK.match(text, at)
        if link is None:
            return False
        at = link.end()
    return False
