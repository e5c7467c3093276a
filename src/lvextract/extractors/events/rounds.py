"""A numbered round or stage of a sports series ("seriāla otrā kārta", "kausa 5.posmā") named
as the occurrence when nothing else in reach names one; not the rounds of a call or a vote. The
words are events.toml's [rounds]. The rounds are found once per document."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from .noun_mention import NounMention
from .listed_rounds import listed_round


@lru_cache(maxsize=1)
def round_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """A numbered round (group 1 its head word), the series' genitive ending right before one, and
    the heads' types by lower-cased head."""
    words = vocabulary()["rounds"]
    heads = {head.lower(): kind for head, kind in words["heads"].items()}  # looked up by the matched head

    round_ = re.compile(rf"(?<!\w)(?:\d{{1,2}}\.\s*|(?:{literals(words['ordinals'])})\w*\s+)({literals(heads)})\w*",
                        re.IGNORECASE)
    # The series' genitive, then at most one word (a sport, an adjective) before the ordinal.
    series = re.compile(rf"(?<!\w)(?:{literals(words['series'])})\w*\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
    return round_, series, heads


@lru_cache(maxsize=1)
def _unnumbered() -> re.Pattern:
    """A stage with no ordinal right after the series' genitive ("Pasaules kausa posms", [rounds]
    unnumbered): a call's or a project's phases have no series word, so stay out."""
    words = vocabulary()["rounds"]
    # Past the quote closing the series' name and a country's or town's genitive ("“… Kausa” Igaunijas posms").
    return re.compile(rf"(?<!\w)(?:{literals(words['series'])})\w*[”\"»’]?\s+(?:(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])[^\W\d_]+s\s+)?"
                      rf"({literals(words['unnumbered'])})\w*", re.IGNORECASE)


def _document_rounds(doc: Document) -> tuple[tuple[list[int], list[NounMention]], ...]:
    """The document's rounds a clause may name, numbered ones (after a series or listed under one)
    and unnumbered stages apart, each as match starts (for bisection) and nouns, in text order."""
    round_, series, heads = round_patterns()
    numbered = [m for m in round_.finditer(doc.text)
                if series.search(doc.text, max(0, m.start() - 60), m.start()) or listed_round(doc, m.start())
                or _series_before(doc.text, m)]
    unnumbered = list(_unnumbered().finditer(doc.text))
    return tuple(([m.start() for m in found], [NounMention(heads[m.group(1).lower()], m.start(1), m.end()) for m in found])
                 for found in (numbered, unnumbered))


# How far back on its line a series word may stand before a round numbered by digits.
SERIES_BEFORE = 160


@lru_cache(maxsize=1)
def _series_word() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['rounds']['series'])})\w*", re.IGNORECASE)


def _series_before(text: str, m: re.Match) -> bool:
    """"… orientēšanās sezonā sācies vasaras pārtraukums. Nākamā, 11. kārta notiks 23. augustā": a
    round numbered by digits whose series the sentence before on its line names (within
    SERIES_BEFORE characters); a call's rounds have no series word. O(SERIES_BEFORE)."""
    if not m.group(0)[:1].isdigit():
        return False
    line_start = text.rfind("\n", max(0, m.start() - SERIES_BEFORE), m.start()) + 1
    return _series_word().search(text, max(line_start, m.start() - SERIES_BEFORE), m.start()) is not None


def round_noun(doc: Document, bounds: tuple[int, int]) -> NounMention | None:
    """The first round of the clause, as a noun of type "kārta" / "posms", a numbered one before an
    unnumbered one. O(log n): the document's rounds are found once (Document.derived)."""
    for starts, nouns in doc.derived("events.rounds", _document_rounds):
        i = bisect.bisect_left(starts, bounds[0])
        if i < len(starts) and nouns[i].end <= bounds[1]:
            return nouns[i]
    return None


def round_of(doc: Document, noun: NounMention | None) -> NounMention | None:
    """"Latvijas triatlona kausa izcīņas pirmais posms": the series' noun right before a numbered
    round names the series; the round is what takes place that day. Not a championship or
    tournament named by its own noun ([contest_kind] named: "čempionāta 4. kārta" keeps
    čempionāts), nor a contest ([rounds] kept_by: "konkursa 1. kārta notiks …" is the contest held). The round, else None. O(1)."""
    if noun is None or noun.kind in vocabulary()["contest_kind"]["named"] \
            or noun.kind in vocabulary()["rounds"].get("kept_by", ()):
        return None
    round_, _series, heads = round_patterns()
    if not doc.text[noun.end:noun.end + 1].isspace():
        return None
    m = round_.match(doc.text, noun.end + 1, min(len(doc.text), noun.end + 40))
    if m is None:
        # "sestais un septītais … kausa sacensību posms": an unnumbered stage right after the series'
        # genitive, its ordinals told before the series; the stage is still what takes place.
        m = _unnumbered().match(doc.text, noun.start, min(len(doc.text), noun.end + 40))
        if m is None or m.start(1) < noun.end:
            return None
        return NounMention(heads[m.group(1).lower()], m.start(1), m.end())
    return NounMention(heads[m.group(1).lower()], m.start(1), m.end())


def unnumbered_stage(doc: Document, noun: NounMention) -> bool:
    """An unnumbered stage right after the series' genitive `noun` ("Pasaules kausa posms"). O(1)."""
    m = _unnumbered().match(doc.text, noun.start, min(len(doc.text), noun.end + 40))
    return m is not None and m.start(1) >= noun.end
