"""A noun inside a "par" phrase is what is told or talked about, no occurrence of the day. Two readings:
an event noun right after "par" in a sentence whose verb tells or talks ([told_topic] verbs: "Pulksten
23 par ceļojumu kājām stāstīs trīs draugi" is a talk, not a journey on that day); and, with any verb, a
noun a few words inside the phrase "par" opens, the phrase closed by no digit, clause word or verb
before it ("sprieda par biedrību dalību simtgades pasākumos", "uzzināt vairāk par gaidāmajām
sacensībām"; ev146, s40). Neither when the noun's own relative clause or a day right after it dates
it ("par festivālu, kas notiks 5. jūlijā", "informācija par semināru 5. maijā").
The document's sentence, at most REACH characters either side: O(1) per noun."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.places import LOCATIVE_ENDINGS
from ...latvian.verb_forms import is_verb_form
from .happens_after import takes_place_after
from .lexicon import literals, vocabulary

_PAR_BEFORE = re.compile(r"(?<!\w)par\s+$", re.IGNORECASE)
# A day told right after the noun: the phrase names it with its own day.
_DAY_AFTER = re.compile(r"\s*,?\s*\d")
# The conjunctions that make a comma a list's inside the phrase.
_JOINED = re.compile(r"(?<!\w)(?:un|vai)(?!\w)", re.IGNORECASE)
_JOIN_AFTER = re.compile(r"\s*(?:,|un\s|vai\s)", re.IGNORECASE)
# How far either way the sentence's verb is looked for.
REACH = 200
# How far back from the noun "par" is looked for (words_between words of a phrase).
PHRASE_REACH = 120


@lru_cache(maxsize=1)
def _telling() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['told_topic']['verbs'])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _phrase() -> tuple[re.Pattern, frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = vocabulary()["told_topic"]
    # "par", then words (letters, a list's comma after one) up to the noun: the last match ends at it.
    pattern = re.compile(rf"(?<!\w)par\s+((?:[^\W\d_]+,?\s+){{0,{int(data['words_between'])}}})$", re.IGNORECASE)
    return (pattern, frozenset(data["phrase_stops"]), tuple(data["oblique_endings"]), tuple(data["phrase_stop_starts"]),
            tuple(data["locative_heads"]))


def told_topic(doc: Document, noun) -> bool:
    """Whether the noun is the topic of a "par" phrase, not an occurrence of its sentence's day."""
    if takes_place_after(doc, noun) or _DAY_AFTER.match(doc.text, noun.end) is not None:
        return False
    if _PAR_BEFORE.search(doc.text, max(0, noun.start - 6), noun.start) is not None and _told(doc, noun):
        return True
    return _in_par_phrase(doc, noun)


def _told(doc: Document, noun) -> bool:
    index = doc.sentence_index(noun.start)
    if index is None:
        return False
    sentence = doc.sentences[index]
    start, end = max(sentence.start, noun.start - REACH), min(sentence.end, noun.end + REACH)
    return _telling().search(doc.text, start, end) is not None


def _in_par_phrase(doc: Document, noun) -> bool:
    pattern, stops, oblique, stop_starts, locative_heads = _phrase()
    found = pattern.search(doc.text, max(0, noun.start - PHRASE_REACH), noun.start)
    if found is None:
        return False
    words = found.group(1)
    phrase_words = [word.lower() for word in re.findall(r"[^\W\d_]+", words)]
    for low in phrase_words:
        if low in stops or low.startswith(stop_starts) or (is_verb_form(low) and not low.endswith(oblique)):
            return False
    # A locative belongs to the phrase only after a noun of taking part ("par dalību … pasākumos"); else it
    # tells where the sentence happens ("uzzināja par senajiem amatiem ekskursijā").
    if doc.text[noun.start:noun.end].lower().endswith(LOCATIVE_ENDINGS) \
            and not any(low.startswith(locative_heads) for low in phrase_words):
        return False
    # A comma is a list's only when "un" / "vai" joins that list: after the last comma, or right after the noun.
    return "," not in words or _JOINED.search(words, words.rindex(",")) is not None \
        or _JOIN_AFTER.match(doc.text, noun.end) is not None
