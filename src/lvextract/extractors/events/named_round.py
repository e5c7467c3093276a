"""A contest's kind word before a named series and its numbered round ("notiks sacensību Ozolu
kauss pirmais posms", "sacensības “Liepu kauss” 3. kārta"): the round is what takes place that day,
as `rounds.round_of` finds it right after a series' own noun. Only after the kind word ([contest_kind]
words). Between them: the series' name, one to three capitalised words (a quote may close it), then
the series word ([rounds] series). A cup's or a championship's own noun right before its round
([rounds] yield_to_round: "Pasaules kausa posms", "Sportland kauss pirmais posms", "čempionāta
4. kārta") yields to the round, and one closing a contest's quoted name
("“Ozolu kauss” orientēšanās sacensības") to the contest's kind word: dropped from the nouns. So do
series joined by "un" before one stage ("Latvijas čempionāta un kausa izcīņas otrais posms",
"čempionāta un kausa posms"): the one stage is what takes place, told once. O(1) per date, O(nouns)
per document."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import singular_genitives
from .lexicon import listed_pattern, literals, vocabulary
from .noun_mention import NounMention
from .rounds import round_patterns, unnumbered_stage

# After a cup's noun: the quote closing its name, maybe a country's or town's genitive, then space
# ("“Ezeru kausa” Igaunijas posms").
_AFTER_CUP = re.compile(r"[”\"»’]?\s+")
# A cup's noun closing a quoted name that the contest's kind word follows, past a few words
# ("“Ozolu kauss” orientēšanās sacensības"): the cup is that contest's name.
_CLOSE = re.compile(r"[”\"»’]\s+")
_WORD = re.compile(r"[\w-]+\s+")
NAME_WORDS = 3
# How far past the kind word the round may stand.
REACH = 80


@lru_cache(maxsize=1)
def _name_then_series() -> re.Pattern:
    series = literals(vocabulary()["rounds"]["series"])
    return re.compile(rf"\s+[„“\"«]?(?:(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])[^\s„“”\"«»]*\s+){{1,3}}?(?:{series})\w*[”\"»]?\s+",
                      re.IGNORECASE)


def series_round(doc: Document, noun: NounMention | None) -> NounMention | None:
    """The numbered round after the kind word `noun` and a named series; else None."""
    if noun is None or noun.kind not in vocabulary()["contest_kind"]["words"]:
        return None
    text = doc.text
    gap = _name_then_series().match(text, noun.end, min(len(text), noun.end + REACH))
    if gap is None:
        return None
    round_, _series, heads = round_patterns()
    m = round_.match(text, gap.end(), min(len(text), gap.end() + 40))
    return NounMention(heads[m.group(1).lower()], m.start(1), m.end()) if m is not None else None


# More series listed after a cup's noun before their common round, each closed by its series word,
# perhaps with a class's name or two after it ("čempionāta, Retro kausa un MX Dāmu kausa pirmais
# posms", "kausa Q Kids, Retro kausa …"), then perhaps the season's genitive ("Baltijas un Latvijas
# čempionāta sezonas otrais posms"): the one round is each series' stage.
LISTED_WORDS = 3


@lru_cache(maxsize=1)
def _listed_series() -> re.Pattern:
    words = vocabulary()["rounds"]
    series = literals(words["series"])
    word = r"[^\s,.!?;:„“”\"«»]+"
    return re.compile(rf"(?:(?:\s+{word}){{0,2}}?\s*(?:,|\s+un)\s+(?:{word}\s+){{0,{LISTED_WORDS}}}?(?:{series})\w*[”\"»’]?"
                      rf"(?:\s+(?:{series})\w*)*)*"  # "un kausa izcīņas", "un kausa sacensību": one series' words
                      rf"(?:\s+(?:{literals(vocabulary()['series_stage']['season'])})\w*)?", re.IGNORECASE)


def _series_tail() -> re.Pattern:
    """More series words right after a cup's noun, its own ("kausa izcīņas", "kausa sacensību")."""
    return listed_pattern("rounds", r"(?:\s+(?:{series})\w*)*")


def _bare_stage() -> re.Pattern:
    """An unnumbered stage word ([rounds] unnumbered: "posms") right where the series' words end."""
    return listed_pattern("rounds", r"(?:{unnumbered})\w*")


def drop_cups_before_rounds(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """`nouns` without a cup's noun ([rounds] yield_to_round) that a round or stage follows right
    after it ("Pasaules kausa posms", "kauss pirmais posms"), or after more series listed with it
    and the season ("čempionāta un Retro kausa pirmais posms"): the round names the occurrence."""
    yielding = frozenset(vocabulary()["rounds"].get("yield_to_round", ()))
    if not any(n.kind in yielding for n in nouns):
        return nouns
    round_, _series, _heads = round_patterns()
    text = doc.text
    kinds = frozenset(vocabulary()["contest_kind"]["words"])
    kind_starts = frozenset(n.start for n in nouns if n.kind in kinds)
    kept = []
    for n in nouns:
        if n.kind in yielding and _names_contest(text, n.end, kind_starts):
            continue  # "“Ozolu kauss” orientēšanās sacensības": the cup is the contest's quoted name
        gap = _AFTER_CUP.match(text, _series_tail().match(text, n.end).end()) if n.kind in yielding else None
        if gap is not None and (round_.match(text, gap.end(), min(len(text), gap.end() + 40))
                                or unnumbered_stage(doc, n)
                                or (_bare_stage().match(text, gap.end()) and _genitive(text, n))):
            continue  # "kausa posms", "kausa izcīņas otrais posms", "kausa sacensību 2. kārta", "kausa izcīņas posms"
        # Only a genitive opens such a list ("čempionāta, Retro kausa … posms"): a nominative
        # ("notiks Latvijas čempionāts, kā arī Retro kausa pirmais posms") is an occurrence of its own.
        listed = _listed_series().match(text, n.end) if n.kind in yielding and _genitive(text, n) else None
        after = _AFTER_CUP.match(text, listed.end()) if listed is not None and listed.end() > n.end else None
        if after is not None and (round_.match(text, after.end(), min(len(text), after.end() + 40))
                                  or _bare_stage().match(text, after.end())):
            continue  # "Junioru čempionāta un Retro kausa pirmais posms", "čempionāta un kausa posms"
        kept.append(n)
    return kept


def _names_contest(text: str, end: int, kind_starts: frozenset[int]) -> bool:
    """True when a quote closes right at `end` and a contest's kind word follows within NAME_WORDS words."""
    m = _CLOSE.match(text, end)
    pos = m.end() if m is not None else -1
    for _ in range(NAME_WORDS + 1):
        if pos < 0:
            return False
        if pos in kind_starts:
            return True
        w = _WORD.match(text, pos)
        pos = w.end() if w is not None else -1
    return False


def _genitive(text: str, noun: NounMention) -> bool:
    """True when the series' noun is in the genitive singular by its head word's form against its
    kind's ("kausa", "čempionāta", "kausa izcīņas"): a nominative "kausa izcīņa" ends in "a" too."""
    return " ".join(text[noun.start:noun.end].lower().split()) in singular_genitives(noun.kind)

