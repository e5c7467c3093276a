"""A project's quoted title right after a contract's or an agreement's number: "Noslēgts līgums
Nr. 2.1.1/16/I/004 “Ozolu ielas pārbūve”", "vienošanās Nr. 5.2.1/17/A/003 „Ceļu atjaunošana”" —
the project the contract is for, with that number; and a quoted title opening its sentence with its
number after it ("“Ozolu parka labiekārtošana” nr. 12-03-LL22-L413201-000001 tika apstiprināts"). Not a document's own title ("līgums Nr. 12 “Par
sadarbību”": its first word one of data/projects.toml [contract_title] not_first), nor one word alone
(a company's name as often as a title). A title opening its line needs a project's, a contract's or an
approving word (`numbered_title_words`) in its sentence or on the line above: "“Gada pārskats” Nr. 2/2023/1
ir publicēts" numbers a document."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from ..vocabulary import load
from .patterns import CONTRACT_NUMBER
from .quoted import quoted_after


@lru_cache(maxsize=1)
def _config() -> tuple[re.Pattern, frozenset[str]]:
    data = load("projects")["contract_title"]
    cue = re.compile(r"(?<![^\W\d_])(?:" + "|".join(data["cues"]) + r")[^\W\d_]*[ \t]+" + CONTRACT_NUMBER
                     + r"[ \t]*(?=[\"„“«])", re.IGNORECASE)
    return cue, frozenset(w.lower() for w in data["not_first"])  # (any case: "PAR", "GROZĪJUMI")


def contract_titles(text: str, quotes: dict[str, str]):
    """(start, end, number) of each such title, and of each title its number follows (numbered_titles)."""
    cue, not_first = _config()
    for m in cue.finditer(text):
        quoted = quoted_after(text, m.end(), quotes)
        if quoted is None:
            continue
        words = text[quoted[0]:quoted[1]].split()
        # (one word is an organisation's name as often as a title: "līgumu Nr. 45 “Ozols” SIA")
        if len(words) > 1 and words[0].lower() not in not_first:
            yield quoted[0], quoted[1], m["number"]
    yield from numbered_titles(text, quotes, not_first)


# A quote opening a sentence or a line: '“Ozolu parka labiekārtošana” nr.12-03-LL22-… tika apstiprināts'.
SENTENCE_QUOTE = re.compile(r"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?=[\"„“«])", re.M)
# Its number right after the closing quote: a code of three parts or more, apart by "-" or "/" (a
# project's or a contract's: "12-03-LL22-L413201-000001", "2.1.1/16/I/004"), not an issue's "Nr. 5" or "Nr. 3/2019".
NUMBER_AFTER = re.compile(r"[”“\"»]?[ \t]*(?:Nr\.?|nr\.?)[ \t]*(?P<number>(?=[\w.]*\d)[\w.]+(?:[-/][\w.]+){2,})(?![\w/-])")


@lru_cache(maxsize=1)
def _title_words() -> re.Pattern:
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(load("projects")["contract_title"]["numbered_title_words"]) + ")",
                      re.IGNORECASE)


# How far the sentence after the number, and the line above the title, are read for such a word.
CONTEXT_REACH = 200


def _project_context(text: str, start: int, end: int) -> bool:
    """A project's, a contract's or an approving word in the title's sentence or on the line above it."""
    line_start = text.rfind("\n", 0, start)
    above = text.rfind("\n", 0, line_start) + 1 if line_start > 0 else 0
    lo = max(above, start - CONTEXT_REACH)
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(text, end, end + CONTEXT_REACH)
    hi = stop.start() if stop else min(len(text), end + CONTEXT_REACH)
    return _title_words().search(text, lo, hi) is not None


def numbered_titles(text: str, quotes: dict[str, str], not_first: frozenset[str]):
    """(start, end, number) of a quoted title that opens its sentence or line, its number after it:
    the project the number is of, as after a contract's word (not a document's own title: `not_first`)."""
    for m in SENTENCE_QUOTE.finditer(text):
        quoted = quoted_after(text, m.end(), quotes)
        if quoted is None:
            continue
        number = NUMBER_AFTER.match(text, quoted[1])
        words = text[quoted[0]:quoted[1]].split()
        if number and len(words) > 1 and words[0].lower() not in not_first \
                and _project_context(text, quoted[0], number.end()):
            yield quoted[0], quoted[1], number["number"]
