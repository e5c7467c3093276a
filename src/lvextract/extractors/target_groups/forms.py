"""The case of a group word told by its ending: Latvian noun and adjective endings and `form`,
which says whether a word may be a dative, a genitive or a participant (nominative/accusative)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...latvian.lemmas import is_adjective_form
from ..vocabulary import load

PLURAL_DATIVE_ENDINGS = ("iem", "ām", "ēm", "īm")
SINGULAR_DATIVE_ENDINGS = ("am", "ai", "ei", "im")
DATIVE_ENDINGS = PLURAL_DATIVE_ENDINGS + SINGULAR_DATIVE_ENDINGS
GENITIVE_PLURAL_ENDINGS = ("u", "o")
GENITIVE_ENDINGS = GENITIVE_PLURAL_ENDINGS + ("as", "es", "ās", "ēs", "is", "a", "s")
# A service noun in the genitive qualifies another noun ("izglītības iestādēm") and governs nothing.
GENITIVE_SINGULAR_ENDINGS = ("as", "es", "ās", "ēs", "a")
# Plural nominative/accusative forms: the participants of a sentence ("piedalījās jaunieši").
PARTICIPANT_ENDINGS = ("i", "ie", "es", "as", "us", "ās", "ēs", "os")
# Definite adjectives and the like that stand between a genitive and its noun
# ("migrantu sociālo integrāciju", "jauniešu sociālā un ekonomiskā integrācija").
ADJECTIVE_ENDINGS = ("o", "ās", "ā", "ajā", "ajām", "ajai", "ajam", "ajiem", "ais", "ie")
# An edition's ordinal, one token, between a group's genitive and its gathering: "76." in "skolēnu
# 76. spartakiāde" (not a year: "skolēnu 2021.gada brīvlaikā").
EDITION_ORDINAL = re.compile(r"\d{1,3}\.")


def definite_adjective(word: str) -> bool:
    """A definite adjective, a participle's too, by its own forms: "radošais", "radošā" (the lemma
    may be the verb's, "radīt"): the form in -ā or -ās whose stem takes the definite endings."""
    return is_adjective_form(word[:-3] + "ā" if word.endswith("ais") else word)


def skips_before_noun(word: str, seen: set[str], adjective: Callable[[str], bool] = definite_adjective) -> str | None:
    """What a word between a group's genitive and its gathering's noun is, if it may be passed:
    "ordinal", the edition's ("senioru 59. sporta spēles"), or "adjective", one of them
    (`adjective` tells it; "bērnu un jauniešu radošais festivāls"); each passed once, then added
    to `seen`. None for any other word, or one of a kind already `seen`."""
    if "ordinal" not in seen and EDITION_ORDINAL.fullmatch(word):
        kind = "ordinal"
    elif "adjective" not in seen and adjective(word):
        kind = "adjective"
    else:
        return None
    seen.add(kind)
    return kind


# Plural accusatives (feminine ones shared with the nominative): "jauniešus", "organizācijas"; and
# a definite adjective said for the people, "iepriecina trūcīgos" (a noun's "-os" is a locative,
# which is_served turns away before it asks this).
ACCUSATIVE_ENDINGS = ("us", "es", "as", "ās", "ēs", "os")
# Plural forms of a collective noun that no singular form shares ("kori", "kolektīviem", "kopām").
PLURAL_ENDINGS = ("i", "us", "iem", "ām", "os", "ās")
LOCATIVE_ENDINGS = ("ā", "ī", "ē", "os", "ās", "ēs", "ūs")
# The words of a person's post's field, genitives and locatives ("centra", "lietu", "politikas jomā",
# "mūzikas jautājumos"): names_around.FIELD_THEN_NAME and job_titles.
FIELD_ENDINGS = ("a", "as", "es", "ās", "ēs", "u", "us", "os", "ā", "ē", "ī")
# A masculine singular nominative: "-s" or "-š" after a consonant ("bērns", "bezdarbnieks", "seniors",
# "uzņēmējs"). No group word's genitive ends so (theirs end in -a, -u, -as, -es), so before a service
# noun it is no owner: "Ja bērns savā izglītības iestādē jūtas labi" names no child's education.
NOMINATIVE_SINGULAR = re.compile(r"[^aāeēiīoouūy\W\d_][sš]$")


@lru_cache(maxsize=1)
def _singular_collective_genitives() -> frozenset[str]:
    """Genitives of collective nouns used only in the singular, whose "-es" is never a plural
    nominative (target_groups.toml [context] singular_collective_genitives): "Skolu jaunatnes
    dziesmu un deju svētkos piedalīsies koris" names a festival, no young people taking part."""
    return frozenset(load("target_groups")["context"]["singular_collective_genitives"])


# An all-caps word this long is a word set in capitals (a poster's "KONCERTS SENIORIEM"), whose
# ending tells its case like any other; the indeclinable abbreviations (NVO, NEET, PII) are shorter.
ABBREVIATION_MAX = 5


def form(word: str) -> set[str]:
    if word.isupper() and len(word) <= ABBREVIATION_MAX:  # an indeclinable abbreviation (NVO, NEET)
        return {"genitive", "participant"}
    word = word.lower()
    if word in _singular_collective_genitives():
        return {"genitive"}
    if word.endswith(DATIVE_ENDINGS):
        return {"dative"}
    forms = {"genitive"} if word.endswith(GENITIVE_ENDINGS) else set()
    if word.endswith(PARTICIPANT_ENDINGS):
        forms.add("participant")
    return forms
