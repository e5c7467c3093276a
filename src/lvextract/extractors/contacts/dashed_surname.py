"""A second surname written after a spaced dash ("Anna Kalniņa – Bērziņa") joined to the name, told
from a place, a role or a description the dash opens ("Anna Liepa – Smiltene", "– Kora vadītāja")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian import lemmas, names
from .name_words import NameMention, dash_places, is_organisation_word, role_stems
from .patterns import LOWER, NAME_WORD, UPPER, vocabulary


# A second surname after a spaced dash: "Anna Kalniņa – Bērziņa", "Iveta Maļina — Tabūne".
DASHED_SURNAME = re.compile(rf"[ \u00a0]*[–—-][ \u00a0]*({NAME_WORD})(?![\w{LOWER}{UPPER}-])(?![ \u00a0]+[{UPPER}])")


def join_dashed_surname(text: str, mention: NameMention) -> None:
    """Join a second surname written after a spaced dash to the name ("Kalniņa-Bērziņa"): only
    a word that agrees with the name in gender and case (as names.readings give them, fixed by a
    known given name) and is no place (dash_places, not_name_words), organisation, role or
    given name ("Anna Liepa – Smiltene" is a person and her town)."""
    if len(mention.words) < 2 or "-" in mention.words[-1]:
        return
    m = DASHED_SURNAME.match(text, mention.end)
    if m is None:
        return
    second = m.group(1)
    if _opens_place(text, m.end(1)):
        return
    if not names.is_known_surname(second) and (
            is_organisation_word(second) or names.is_given_name(second) or lemmas.stem(second) in role_stems()
            or second in dash_places() or lemmas.stem(second) in _occupation_stems()
            or _describes(text, m.end(1))):
        return
    agreeing = _gender_cases(mention.words[-1]) & _gender_cases(second)
    given = {(r.gender, r.case) for r in names.given_name_readings(mention.words[0])}
    if given:
        agreeing &= given
    if agreeing:
        mention.words = mention.words[:-1] + [f"{mention.words[-1]}-{second}"]
        mention.end = m.end(1)


# After the word that follows a spaced dash, what shows that the dash opened a description of the
# person, not a second surname: a quoted name ("Jānis Kalns – Koris „Balss”") or a role among the
# next few lower-case words ("Anna Liepa – Kora vadītāja", "– Pūtēju orķestra diriģents").
DESCRIPTION_TAIL = re.compile(rf"[ \u00a0]*[„“”\"«‘’]|((?:[ \u00a0]+[{LOWER}]+){{1,3}})")


@lru_cache(maxsize=1)
def _occupation_stems() -> frozenset[str]:
    return frozenset(lemmas.stem(w) for w in vocabulary()["occupations"])


@lru_cache(maxsize=1)
def _place_kind_stems() -> frozenset[str]:
    return frozenset(lemmas.stem(w) for w in vocabulary()["dash_place_kinds"])


def _describes(text: str, end: int) -> bool:
    tail = DESCRIPTION_TAIL.match(text, end)
    if tail is None:
        return False
    return tail.group(1) is None or any(lemmas.stem(w) in role_stems() for w in tail.group(1).split())


PLACE_KIND_AFTER = re.compile(rf"[ \u00a0]+([{LOWER}]+)")


def _opens_place(text: str, end: int) -> bool:
    """"Jānis Ozols – Valkas novads": a kind of territory right after the word after the dash
    makes that word a place's name in the genitive, a known surname too ("– Dobeles novads")."""
    kind = PLACE_KIND_AFTER.match(text, end)
    return kind is not None and lemmas.stem(kind.group(1)) in _place_kind_stems()


def _gender_cases(word: str) -> set[tuple[str, str]]:
    """The (gender, case) pairs a name word can be read as, the indeclinable reading left out."""
    return {(r.gender, r.case) for r in names.readings(word) if r.gender}
