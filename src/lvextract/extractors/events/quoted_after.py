"""A quoted name right after a verb of taking place or an invitation ("9. maijā notiks «Gaismas
brīdis»", "aicina uz «Gaismas brīdi» 9. maijā"): the name is what takes place, as one before the
verb is (relative_nouns.QUOTED_SUBJECT). Not a farm's or a firm's name in the locative or the
dative, the place of something ("notiks „Dzērvēs”", "aicina uz „Ozoliem”"): events.toml
[quoted_after] gives the leads and the endings of such cases. O(clause)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from .lexicon import generic_types, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    leads = alternation(vocabulary()["quoted_after"]["leads"])
    return re.compile(rf"(?<!\w)(?:{leads})[ \t]+(?:[„“\"«]|,,)([^„“\"«»”\n]{{2,80}})(?:[”“\"»]|’’)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _place_endings() -> tuple[str, ...]:
    return tuple(vocabulary()["quoted_after"]["place_endings"])


def quoted_after(text: str, bounds: tuple[int, int]) -> re.Match | None:
    """The first such quoted name of the clause (group 1 the name), or None."""
    for m in _pattern().finditer(text, bounds[0], bounds[1]):
        if not m.group(1).rstrip().lower().endswith(_place_endings()) and not QUALIFIES.match(text, m.end()):
            return m
    return None


# A masculine noun in the nominative right after the closing quote, maybe after one word: the name is
# its genitive, which names its series or organizer ("notiks “Ezeru kausa” Igaunijas posms"), and the
# noun is what takes place (not a feminine genitive in "-as"/"-es", a place's: "Ozolu muižas parkā").
QUALIFIES = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?(?!kas\b)[a-zāčēģīķļņšūž]{2,}[^\W\daeāēuū]s(?!\w)")


# A lower-case word right before the opening quote, not in the locative (a month's or a place's,
# "25. septembrī “…” notika"): the name is that word's ("kopu “Urgas”").
APPOSITION = re.compile(r"(?<![^\W\d_])[a-zāčēģīķļņšūž]*[a-zčģķļņšžaeiou][ \t]*,?$")
# How far before a quoted name its lead ("notiks", "aicina uz") may end.
LEAD_REACH = 30


@lru_cache(maxsize=1)
def _lead_before() -> re.Pattern:
    """A lead right before the opening quote (",," leaves one comma before the name)."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary()['quoted_after']['leads'])})[ \t]*,?$", re.IGNORECASE)


QUOTE_OPENS, QUOTE_CLOSES = "„“\"«", "”“\"»’"


def own_quoted(text: str, start: int, end: int, kind: str) -> str | None:
    """The name itself when the span of a generic occurrence is a whole quoted name ("notiks «Gaismas
    brīdis»"): its title. Not a name that is its own kind's noun ("uz “Demokrātijas kafejnīcu”")."""
    if kind not in generic_types():
        return None
    if not _lead_before().search(text, max(0, start - LEAD_REACH), max(0, start - 1)) \
            and APPOSITION.search(text, max(0, start - LEAD_REACH), max(0, start - 1)):
        return None  # "kopā ar folkloras kopu “Urgas” notiks rotaļas": the name of the word before it
    if 0 < start and end < len(text) and text[start - 1] in QUOTE_OPENS + "," and text[end] in QUOTE_CLOSES:
        return text[start:end].strip() or None
    return None
