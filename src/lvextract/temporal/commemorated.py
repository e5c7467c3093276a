"""A date that a commemoration names: the past occasion remembered, no frame for the days
around it ("• 14.06. piemiņas brīdis, atceroties 1941. gada notikumus;" is this year's
14 June; "14. jūnijā aprit 84 gadi, kopš … 1941. gadā" too; "No šā gada 10. janvāra notiks
1991. gada barikāžu atceres pasākumi" is no 1991 January). The words are data
(data/temporal.toml's commemoration_words, anniversary_verbs, remembered_nouns and
remembered_participles)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import UPPER
from . import vocabulary as vocab
from .date_atom import Atom

_WINDOW = 40  # the word and at most three words between it and the date


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    words = vocab.alternation(vocab.temporal()["commemoration_words"])
    return re.compile(rf"(?<!\w)(?:{words})(?:[^\S\n]+[^\W\d_]+){{0,3}}[^\S\n]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anniversary() -> re.Pattern:
    verbs = vocab.alternation(vocab.temporal()["anniversary_verbs"])
    return re.compile(rf"(?<!\w)(?:{verbs})[^\S\n]+(?:jau[^\S\n]+)?\d{{1,4}}[^\S\n]+gad", re.IGNORECASE)


_ANNIVERSARY_WINDOW = 200
_SENTENCE_END = re.compile(rf"[.!?][^\S\n]+(?=[{UPPER}])|\n")


@lru_cache(maxsize=1)
def _remembered_after() -> tuple[re.Pattern, re.Pattern]:
    t = vocab.temporal()
    nouns = vocab.alternation(t["remembered_nouns"])
    participles = vocab.alternation(t["remembered_participles"])
    return (re.compile(rf"[^\S\n]+(?:{nouns})\w*", re.IGNORECASE),
            re.compile(rf"[^\S\n]+(?:{participles})\w*", re.IGNORECASE))


def remembered_day(text: str, end: int) -> bool:
    """A day told with a participle of what was done to people then, right after it ("…, kas
    1949. gada 25. martā izsūtīti"): the remembered occasion's day (read by events too)."""
    return _remembered_after()[1].match(text, end, end + 40) is not None


def _genitive_before_noun(text: str, atom: Atom) -> bool:
    """A year, or a day that ends in the genitive ("13. janvāra"), that may stand before a noun; a
    month's genitive ("1991. gada janvāra") only in a sentence marking an anniversary before it."""
    if atom.is_range or text[atom.end - 1:atom.end] != "a" and atom.grain != "year":
        return False
    return atom.grain in ("year", "day") or atom.grain == "month" and _marked_before(text, atom.start)


@lru_cache(maxsize=1)
def _month_cues() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(vocab.temporal()['commemorated_month_cues'])})", re.IGNORECASE)


def _marked_before(text: str, start: int) -> bool:
    """"atzīmējot … 33. gadskārtu – 1991. gada janvāra …": the sentence marks an anniversary before the date."""
    window = text[max(0, start - _ANNIVERSARY_WINDOW):start]
    ends = list(_SENTENCE_END.finditer(window))
    return _month_cues().search(window, ends[-1].end() if ends else 0) is not None


@lru_cache(maxsize=1)
def _years_since() -> re.Pattern:
    since = vocab.alternation(vocab.temporal()["years_since_words"])
    return re.compile(rf"(?<![\w.])\d{{1,3}}[^\S\n]+gad\w*[^\S\n]+(?:{since})[^\S\n]+$", re.IGNORECASE)


def commemorated(text: str, atom: Atom) -> bool:
    if _before().search(text, max(0, atom.start - _WINDOW), atom.start):
        return True
    # "Godinot 30 gadus kopš 1991. gada notikumiem": a count of years since it, an anniversary's
    if _years_since().search(text, max(0, atom.start - _WINDOW), atom.start):
        return True
    # "1991. gada barikāžu …", "1991. gada 13. janvāra barikāžu …" (a day in the genitive), "kas 1949.
    # gada 25. martā izsūtīti": the remembered occasion's own date
    if (_genitive_before_noun(text, atom) and _remembered_after()[0].match(text, atom.end, atom.end + 40)) \
            or remembered_day(text, atom.end):
        return True
    # "… aprit 84 gadi, kopš … 1941. gadā": an anniversary's count of years earlier in the sentence
    window = text[max(0, atom.start - _ANNIVERSARY_WINDOW):atom.start]
    ends = list(_SENTENCE_END.finditer(window))
    return bool(_anniversary().search(window, ends[-1].end() if ends else 0))
