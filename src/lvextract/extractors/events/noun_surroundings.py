"""A noun that names no occurrence of the text by the words right around it: what an occurrence is
dedicated to ("uz Latvijas svētkiem veltītu pasākumu", [honoured]), a quoted title's own word or a
work's unquoted title ([title_words]), an event noun's genitive qualifying the next word of a quoted
name ("“Tava svētku pietura”"), a building or a spot after a place preposition
([place_prepositions]), a closing greeting ("Uz tikšanos!", [farewell]). Asked by nouns.py of each
noun once; each looks a fixed reach around it. O(1) per noun."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import NOUN_DATIVE_ENDINGS
from ...latvian.orthography import CLOSING_QUOTES, OPENING_QUOTES
from .lexicon import generic_types, literals, vocabulary
from .noun_mention import NounMention


@lru_cache(maxsize=1)
def _honoured_pattern() -> re.Pattern:
    words = literals(vocabulary()["honoured"]["after"])
    return re.compile(rf"[ \t]+(?:{words})\w*", re.IGNORECASE)


def honoured(doc: Document, noun: NounMention) -> bool:
    """"uz Latvijas svētkiem veltītu pasākumu": what an occurrence is dedicated to, in the dative
    before "veltīts", is no occurrence of the text ([honoured])."""
    return _honoured_pattern().match(doc.text, noun.end, min(len(doc.text), noun.end + 30)) is not None \
        and doc.text[noun.start:noun.end].lower().endswith(NOUN_DATIVE_ENDINGS)


# Within how many characters of a quoted name's own quotes a noun is looked at as its word.
QUOTE_REACH = 60


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands between an opening and a closing quote on its line, each
    within QUOTE_REACH characters. O(1) per noun."""
    before = text[max(0, start - QUOTE_REACH):start].rsplit("\n", 1)[-1]
    after = text[end:end + QUOTE_REACH].split("\n", 1)[0]
    opened = max((before.rfind(q) for q in OPENING_QUOTES), default=-1)
    if opened < 0 or any(q in before[opened + 1:] for q in "”»"):
        return False
    return any(q in after for q in CLOSING_QUOTES)


def title_word(doc: Document, noun: NounMention) -> bool:
    """spēle “Ceļojums apkārt Igaunijai”: a [title_words] noun opening a quoted name is the title's word;
    one of its `inside` nouns is so anywhere in a quoted name (pasākums „Noķer spēles garšu!”)."""
    words = vocabulary()["title_words"]
    if noun.kind in words.get("inside", ()) and _inside_quotes(doc.text, noun.start, noun.end):
        return True
    if doc.text[noun.start:noun.start + 1].islower() and _after_work().search(doc.text, max(0, noun.start - 60), noun.start):
        return True  # "filma Mērijas ceļojums": the work's unquoted title
    if noun.kind not in words["kinds"]:
        return False
    return doc.text[max(0, noun.start - 2):noun.start].rstrip()[-1:] in ("„", "“", "«", '"')


# The endings of a noun's head that tell the genitive (a head written as its lemma is the nominative);
# not "-as", "-es", "-s", which a plural or a singular nominative shows as often (“Apkaimju sarunas …”).
GENITIVE_ENDINGS = ("u", "a")
# The next word of a quoted name, right after the noun.
_NEXT_WORD = re.compile(r" [^\W\d_]+")


def quoted_qualifier(doc: Document, noun: NounMention, next_noun_start: int | None) -> bool:
    """“Valmiera: Tava svētku pietura”, laukums “Koncertu pļava”: an event noun in the genitive inside a
    quoted name, the name's next word no event noun of its own, only says what the named thing (a
    stop, a place, a sound) is of: the name's word, no occurrence (a festival's name holding
    "svētku" types no feast). Not a head in its lemma's form (“Ozolu svētki”, “Dzejas dienas”), nor
    a genitive before another event noun (“Svētku koncerts”: that one is the head)."""
    text = doc.text
    head = text[noun.start:noun.end].split()[-1].lower()
    if head == noun.kind.split()[-1] or not head.endswith(GENITIVE_ENDINGS):
        return False
    if _NEXT_WORD.match(text, noun.end) is None or next_noun_start == noun.end + 1:
        return False
    return _inside_quotes(text, noun.start, noun.end)


@lru_cache(maxsize=1)
def _after_work() -> re.Pattern:
    """A work's noun and one capitalised word right before the noun: [title_words] works."""
    works = literals(vocabulary()["title_words"]["works"])
    return re.compile(rf"(?<!\w)(?i:{works})[^\S\n]+[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+[^\S\n]+$")


@lru_cache(maxsize=1)
def _place_preposition() -> re.Pattern:
    words = literals(vocabulary()["place_prepositions"]["words"])
    return re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE)


def after_place_preposition(doc: Document, noun: NounMention) -> bool:
    """"pulcēties … pie darbnīcām": after [place_prepositions] the noun names a building or a spot."""
    return _place_preposition().search(doc.text, max(0, noun.start - 10), noun.start) is not None


@lru_cache(maxsize=1)
def _farewell_pattern() -> re.Pattern:
    """The [farewell] phrases less their last word, opening a sentence or a line: "Uz " of "Uz tikšanos"."""
    heads = [r"\s+".join(map(re.escape, p.split()[:-1])) for p in vocabulary()["farewell"]["phrases"]]
    return re.compile(r"(?:^|[.!?…]\s+|\n[ \t]*)(?:" + "|".join(heads) + r")\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _farewell_words() -> frozenset[str]:
    """The [farewell] phrases' last words ("tikšanos"): the noun a greeting is made of."""
    return frozenset(p.split()[-1].lower() for p in vocabulary()["farewell"]["phrases"])


def farewell(doc: Document, noun: NounMention) -> bool:
    """A closing greeting ("Uz tikšanos 12. augustā festivālā!"): the noun opens no meeting unless
    "ar" (whom one meets) follows it. The same opening "Uz" before the generic word ("Uz pasākumiem
    aicina arī novadā:") points at occurrences told elsewhere, so that noun is left out too; a
    specific noun after it is the day's occurrence ("Uz sacensībām ieradās 30 komandas")."""
    own = doc.text[noun.start:noun.end].lower() in _farewell_words()
    if not own and noun.kind not in generic_types():
        return False
    if not _farewell_pattern().search(doc.text, max(0, noun.start - 40), noun.start):
        return False
    if not own:
        return True
    return not re.match(r"\s+ar\b", doc.text[noun.end:noun.end + 5])
