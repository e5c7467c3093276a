"""Parts of a venue's name that the walk back over its genitives and adjectives does not take: the
number of a numbered school ("Ozolnieku 3. vidusskolā", "Rīgas 45. vidusskolas aktu zālē"), the
abbreviation before a quoted name ("SC „Priedes” hallē", "BJC „Ozols” zālē") and a name joined to the
next by "un" ("Raiņa un Aspazijas vasarnīcā"). Without them the venue shrinks ("vidusskola", "halle",
"Aspazijas vasarnīca")."""
from __future__ import annotations

import re

from .orthography import CLOSING_QUOTES as _CLOSE, DASHES as _DASHES, OPENING_QUOTES as _OPEN

# (sets: a token's whole text is one mark)
OPENING_QUOTES, CLOSING_QUOTES, DASHES = frozenset(_OPEN), frozenset(_CLOSE), frozenset(_DASHES)
ORDINAL = re.compile(r"\d{1,3}\.?")
# An organisation's abbreviation in capitals ("SC", "BJC", "PII"): a short word of capitals only.
ABBREVIATION = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,5}")
# Words after which a number is a clock time or a count, not a school's number ("plkst. 10 zālē").
NOT_AFTER = ("plkst", "pulksten", "no", "līdz", "ap", "nr")


def ordinal_start(text: str, tokens, j: int) -> int | None:
    """Index of the first token of an ordinal ("3." or "3" ".") ending at tokens[j] and standing right
    before tokens[j + 1] (a space or nothing between), when no clock word comes before it."""
    if j < 0 or text[tokens[j].end:tokens[j + 1].start] not in (" ", ""):
        return None
    first = j
    if tokens[j].text == "." and j > 0 and tokens[j - 1].end == tokens[j].start:
        first = j - 1
    number = text[tokens[first].start:tokens[j].end]
    if not ORDINAL.fullmatch(number) or not number.endswith("."):
        return None
    if first > 0 and tokens[first - 1].text.lower().rstrip(".") in NOT_AFTER:
        return None
    return first


def is_abbreviation(token) -> bool:
    return ABBREVIATION.fullmatch(token.text) is not None


# A capitalised genitive that may be joined by "un" to the name after it ("Raiņa un Aspazijas").
GENITIVE_NAME = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:as|es|a|u|us)")


def joined_name_start(text: str, tokens, j: int) -> int | None:
    """Index of the name before "un" when tokens[j] is that "un" between two capitalised genitives
    ("Raiņa un Aspazijas vasarnīcas dārzā"), each parted by single spaces."""
    if j < 1 or tokens[j].text != "un" or not tokens[j + 1].text[:1].isupper():
        return None
    if text[tokens[j - 1].end:tokens[j].start] != " " or text[tokens[j].end:tokens[j + 1].start] != " ":
        return None
    return j - 1 if GENITIVE_NAME.fullmatch(tokens[j - 1].text) else None


# How many words a venue's own quoted name may hold ("kultūras centrā “Lazdu pērle”").
QUOTED_NAME_WORDS = 5


def quoted_name_after(text: str, tokens, i: int) -> int | None:
    """Index of the closing quote when a short capitalised quoted name follows the venue noun
    tokens[i] after one space ("kultūras centrā “Lazdu pērle”", "tautas namā «Bērzi»"): the
    venue's own name, part of the place as written."""
    if i + 2 >= len(tokens) or tokens[i + 1].text not in OPENING_QUOTES \
            or text[tokens[i].end:tokens[i + 1].start] != " " or not tokens[i + 2].text[:1].isupper():
        return None
    for k in range(i + 2, min(len(tokens), i + 3 + QUOTED_NAME_WORDS)):
        if tokens[k].text in CLOSING_QUOTES:
            return k if k > i + 2 else None
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in DASHES:
            return None  # a comma or a stop inside: no short name
    return None
