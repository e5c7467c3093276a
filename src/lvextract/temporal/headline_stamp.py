"""Dates a headline carries for the page: the posting day in parentheses closing it, or a bare
numeric day closing a report's headline ("Pastendē aizvadītas sporta spēles 10.11.2017").

"Sveic konkursa laureātus (14.07.2018)" heads a report whose body tells what happened on
other days; the parenthesised day is when the page went up. An announcement's headline may
put its occasion's day there too ("Talka Lejasciemā (25.04.2020)"): then the body tells that
day again, and the date is the occasion's, not the page's.
"""
from __future__ import annotations

import re

from . import vocabulary as vocab
from .grammar import Atom

# Words before the opening parenthesis: a headline, no sentence closed inside it.
_HEADLINE_OPEN = re.compile(r"[^\W\d_][^()\n!?]{3,160}?[^\W\d_][\"”»]?\s*\(\s*$")
_CLOSE = re.compile(r"\s*\.?\s*\)\s*$")
_WORD = re.compile(r"[^\W\d_]+")


def _stamp_sentence_words() -> frozenset[str]:
    settings = vocab.temporal()["document_date"]
    return frozenset(settings["never_words"]) - frozenset(settings["headline_sentence_words"])


def parenthesised_headline_day(text: str, line_start: int, line_end: int, atom: Atom, atoms: list[Atom]) -> bool:
    """The day in parentheses that closes a headline line, told nowhere else in the text."""
    if atom.is_range or atom.relative or atom.year is None or not atom.day:
        return False
    before = text[line_start:atom.start]
    if not _HEADLINE_OPEN.fullmatch(before.lstrip()) or len(_WORD.findall(before)) < 2:
        return False
    if not _CLOSE.fullmatch(text, atom.end, line_end):
        return False
    return not any(a is not atom and a.day == atom.day and a.month == atom.month
                   and a.year in (None, atom.year) for a in atoms)


def stamp_sentence(line_text: str) -> bool:
    """A closed sentence above a date alone is a stamp's when it holds a stamp's word; a
    deadline's "līdz" or "no" does not make one: a headline that reads as a sentence ("Līdz
    2. jūnijam pieņems pieteikumus.") sits above the page's dateline all the same."""
    words = _stamp_sentence_words()
    return any(w.lower() in words or vocab.ascii_fold(w.lower()) in words for w in _WORD.findall(line_text))


# A bare numeric day closing its line, maybe with a full stop.
_LINE_CLOSE = re.compile(r"[^\S\n]*\.?[^\S\n]*$")
_PAST_HEADLINE_WORDS = (3, 30)


def past_headline_day(text: str, line_start: int, line_end: int, atom: Atom, atoms: list[Atom]) -> bool:
    """A numeric day closing a headline that tells in the past what was done ([document_date]
    headline_past_verbs), told nowhere else in the text: the page's posting day. A report's body
    tells its occasion's own day ("3. martā notika olimpiāde"); a headline announcing an occasion
    has no past verb ("Koncerts Rīgā 12.05.2018"). O(atoms) per asked date."""
    if atom.rule != "numeric" or atom.is_range or atom.relative or atom.year is None or not atom.day:
        return False
    if _LINE_CLOSE.match(text, atom.end, line_end) is None:
        return False  # "$" at the line's end: nothing but a full stop after the day
    words = [w.lower() for w in _WORD.findall(text, line_start, atom.start)]
    if not _PAST_HEADLINE_WORDS[0] <= len(words) <= _PAST_HEADLINE_WORDS[1]:
        return False
    verbs = tuple(vocab.temporal()["document_date"]["headline_past_verbs"])
    if not any(w.startswith(verbs) for w in words):
        return False
    return not any(a is not atom and a.day == atom.day and a.month == atom.month
                   and a.year in (None, atom.year) for a in atoms)
