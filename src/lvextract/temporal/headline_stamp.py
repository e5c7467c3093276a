"""Dates a headline carries for the page: the posting day in parentheses closing it, a bare
numeric day closing a report's headline ("Pastendē aizvadītas sporta spēles 10.11.2017"), or a
full date in the nominative closing it over a body that dates its own occasion.

"Sveic konkursa laureātus (14.07.2018)" heads a report whose body tells what happened on
other days; the parenthesised day is when the page went up. An announcement's headline may
put its occasion's day there too ("Talka Lejasciemā (25.04.2020)"): then the body tells that
day again, and the date is the occasion's, not the page's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .grammar import Atom
from .relative import sentence_is_past

# Words before the opening parenthesis: a headline, no sentence closed inside it.
_HEADLINE_OPEN = re.compile(r"[^\W\d_][^()\n!?]{3,160}?[^\W\d_][\"”»]?\s*\(\s*$")
_CLOSE = re.compile(r"\s*\.?\s*\)\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s*")


def _stamp_sentence_words() -> frozenset[str]:
    settings = vocab.temporal()["document_date"]
    return frozenset(settings["never_words"]) - frozenset(settings["headline_sentence_words"])


def parenthesised_headline_day(text: str, line_start: int, line_end: int, atom: Atom, atoms: list[Atom]) -> bool:
    """The day in parentheses that closes a headline line, told nowhere else in the text."""
    if atom.is_range or atom.relative or atom.year is None or not atom.day:
        return False
    # The words before the parenthesis matched in place, not in a copy of the line before the day:
    # a long line without a break would be copied once per day (issue 13). The parenthesis first.
    bracket = atom.start
    while bracket > line_start and text[bracket - 1].isspace():
        bracket -= 1
    if bracket == line_start or text[bracket - 1] != "(":
        return False
    first = _SPACES.match(text, line_start, atom.start).end()  # the line's words start (lstrip)
    if not _HEADLINE_OPEN.fullmatch(text, first, atom.start) or len(_WORD.findall(text, first, atom.start)) < 2:
        return False
    if not _CLOSE.fullmatch(text, atom.end, line_end):
        return False
    return not any(a is not atom and a.day == atom.day and a.month == atom.month
                   and a.year in (None, atom.year) for a in atoms)


def stamp_sentence(line_text: str, dated: bool = False) -> bool:
    """A closed sentence above a date alone is a stamp's when it holds a stamp's word; a
    deadline's "līdz" or "no" does not make one: a headline that reads as a sentence ("Līdz
    2. jūnijam pieņems pieteikumus.") sits above the page's dateline all the same. A lead that
    states its occasion's own day ("26. jūlijā notiks sacensības." over "10.07.2014.") has its
    date already: its "notiks" / "notika" ([document_date] dated_sentence_words) does not claim
    the date below, which is the posting's."""
    words = _stamp_sentence_words()
    if dated:
        words = words - frozenset(vocab.temporal()["document_date"]["dated_sentence_words"])
    return any(w.lower() in words or vocab.ascii_fold(w.lower()) in words for w in _WORD.findall(line_text))


# A bare numeric day closing its line, maybe with a full stop; or, with a bracket, a day closing the
# bracket that closes the line ("(Publicēts: 8.08.2013.)", "(Ievietots: 3.05.2012).").
_LINE_CLOSE = re.compile(r"[^\S\n]*\.?[^\S\n]*$")
_BRACKET_LINE_CLOSE = re.compile(r"[^\S\n]*\.?[^\S\n]*\)" + _LINE_CLOSE.pattern)


def closes_line(text: str, start: int, end: int, bracket: bool = False) -> bool:
    """Whether text[start:end], the rest of a line after a day, holds only blanks and a full stop,
    with `bracket` also the closing bracket the day stands in."""
    return (_BRACKET_LINE_CLOSE if bracket else _LINE_CLOSE).match(text, start, end) is not None


_PAST_HEADLINE_WORDS = (3, 30)


@lru_cache(maxsize=1)
def _listed_past_verbs() -> tuple[str, ...]:
    return tuple(vocab.temporal()["document_date"]["headline_past_verbs"])


@lru_cache(maxsize=1)
def _past_endings() -> tuple[tuple[str, ...], frozenset[str]]:
    """[document_date] headline_past_endings, and the nouns that end alike (headline_past_ending_nouns)."""
    settings = vocab.temporal()["document_date"]
    return tuple(settings["headline_past_endings"]), frozenset(settings["headline_past_ending_nouns"])


def _past_ending(word: str) -> bool:
    """A past third person's ending, not one of the nouns that end alike."""
    endings, nouns = _past_endings()
    return word.endswith(endings) and word not in nouns


# Words and blanks only before the day: no comma, quote, bracket or number.
_PLAIN_HEADLINE = re.compile(r"[^\S\n]*[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)*[^\S\n]+")


def past_headline_day(text: str, line_start: int, line_end: int, atom: Atom, atoms: list[Atom],
                      first_line: bool = True) -> bool:
    """A numeric day closing a headline that tells in the past what was done ([document_date]
    headline_past_verbs), told nowhere else in the text: the page's posting day. A report's body
    tells its occasion's own day ("3. martā notika olimpiāde"); a headline announcing an occasion
    has no past verb ("Koncerts Rīgā 12.05.2018"). O(atoms) per asked date."""
    if atom.rule != "numeric" or atom.is_range or atom.relative or atom.year is None or not atom.day:
        return False
    if not closes_line(text, atom.end, line_end):
        return False  # "$" at the line's end: nothing but a full stop after the day
    words = [w.lower() for w in _WORD.findall(text, line_start, atom.start)]
    if not _PAST_HEADLINE_WORDS[0] <= len(words) <= _PAST_HEADLINE_WORDS[1]:
        return False
    if not any(w.startswith(_listed_past_verbs()) for w in words):
        # A verb known by its ending alone tells a report only in a plain headline, the page's first
        # line: no comma, quote or number before the day ("… publicēja laikraksts "Vēstis",
        # 14.09.1998." cites a print; "Rakstīja vēstuli pārvaldei 11.04.2013" under it is prose).
        if not first_line or _PLAIN_HEADLINE.fullmatch(text, line_start, atom.start) is None \
                or not any(_past_ending(w) for w in words):
            return False
    return not any(a is not atom and a.day == atom.day and a.month == atom.month
                   and a.year in (None, atom.year) for a in atoms)


# Headline words before the closing date: no sentence closed, no field's colon, no dash naming the
# day ("Talka – 2018. gada 21. aprīlis" names its occasion's day; temporal/named_day.py).
_HEADLINE_BEFORE_DATE = re.compile(r"[^\W\d_][^\n.!?:;()|–—]*[^\W\d_][\"”»]?[^\S\n]*,?[^\S\n]*")


def nominative_headline_day(text: str, line_start: int, line_end: int, atom: Atom, atoms: list[Atom]) -> bool:
    """A full date with the month in the nominative closing a headline line, told nowhere else
    in the text, when the text below tells another day of its own ("Koledžas dalība projektā
    2018. gada 21. aprīlis" over "No 9. aprīļa līdz 13. aprīlim …"): the page's posting day. The
    nominative is a dateline's case; an occasion's day is told in the locative ("21. aprīlī"). A
    poster's line whose text gives no other day ("Dziedās Marta Kalniņa 7. aprīlis, 2022") keeps
    its day for the occasion. O(atoms) per asked date."""
    if atom.is_range or atom.relative or atom.year is None or not atom.day:
        return False
    words = _WORD.findall(text, atom.start, atom.end)
    if not words or words[-1].lower() not in vocab.month_nominatives():
        return False
    if not closes_line(text, atom.end, line_end):
        return False
    before = text[line_start:atom.start].lstrip()
    if not _HEADLINE_BEFORE_DATE.fullmatch(before):
        return False
    if not _PAST_HEADLINE_WORDS[0] <= len(_WORD.findall(before)) <= _PAST_HEADLINE_WORDS[1]:
        return False
    return told_once_beside_another(text, atom, atoms, line_end)


def told_once_beside_another(text: str, atom: Atom, atoms: list[Atom], line_end: int) -> bool:
    """The text never tells the atom's day again and tells another day after its line in a past
    sentence: a report's body dating its own occasion under the headline's posting day. An
    announcement's body tells a deadline or an hour in the future ("Pieteikties līdz 12. martam"),
    so the headline's day stays its occasion's. O(atoms); the past tense is looked for beside the
    first few days after the line only (each look a bounded window), so a page of many days stays linear."""
    other, looked = False, 0
    for a in atoms:
        if a is atom or not a.day or a.relative:
            continue
        if a.day == atom.day and a.month == atom.month and a.year in (None, atom.year):
            return False
        if not other and a.start >= line_end and looked < _PAST_LOOKS:
            looked += 1
            other = sentence_is_past(text, a.start, a.end)
    return other


_PAST_LOOKS = 8  # days after the headline's line asked for a past sentence


def bulletin_headline_day(text: str, line_start: int, line_end: int, atom: Atom) -> bool:
    """A news bulletin's headline closed by the full day it went out, its noun right before the
    day ([document_date] bulletin_nouns): "Jēkabpils Radio1 Novadu ziņas 2021.gada 13.decembrī" is
    the page's day in any case, not an occasion's. O(1): the line's end and one word are read."""
    if atom.is_range or atom.relative or atom.year is None or not atom.day:
        return False
    if not closes_line(text, atom.end, line_end):
        return False
    noun = _LAST_WORD_BEFORE.search(text, max(line_start, atom.start - 40), atom.start)
    return noun is not None and noun.group(1).lower() in vocab.temporal()["document_date"]["bulletin_nouns"]


_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
