"""The token shapes both the token splits and the sentence breaks ask
about: the listed abbreviations (latvian/data/abbreviations.toml), initials, ordinals and runs of
sentence-final punctuation."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import datafiles
from ..latvian.sentence_words import never_last_words
from ..latvian.orthography import UPPER

TERMINAL = re.compile(r"[.!?…]+")
ORDINAL = re.compile(r"\d{1,4}\.|[IVXLC]+\.|\d{1,2}\.\d{1,2}\.(?:\d{4}\.)?")
INITIAL = re.compile(rf"[{UPPER}]\.|(?:Dz|Dž|Ch)\.")  # "J." and the digraph initials


@dataclass(frozen=True)
class Abbreviations:
    never_final: frozenset[str]
    may_end: frozenset[str]
    degree_pattern: str
    not_after_may_end: frozenset[str] = frozenset()
    never_last_words: frozenset[str] = frozenset()

    # Answers so far: kind() runs at most token gaps, and a hostile text repeats a few tokens
    # a million times.
    _kinds: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def kind(self, token: str) -> str | None:
        try:
            return self._kinds[token]
        except KeyError:
            pass
        if token in self.never_final:
            kind = "never_final"
        elif token in self.may_end:
            kind = "may_end"
        elif _compiled(self.degree_pattern).fullmatch(token):
            kind = "never_final"
        else:
            kind = None
        if len(self._kinds) < 100_000:
            self._kinds[token] = kind
        return kind

    @property
    def may_end_last_characters(self) -> frozenset[str]:
        return frozenset(word[-1] for word in self.may_end)


@lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern:
    # kind() runs on every token gap: a compiled pattern skips re's cache lookup each time.
    return re.compile(pattern)


def _with_capital(words: list[str]) -> set[str]:
    return {w for word in words for w in (word, word[:1].upper() + word[1:])}


@lru_cache(maxsize=1)
def abbreviations() -> Abbreviations:
    data = datafiles.latvian("abbreviations")
    never = _with_capital(data["never_final"])
    return Abbreviations(frozenset(never), frozenset(_with_capital(data["may_end"]) - never), data["degree_pattern"],
                         frozenset(data.get("not_after_may_end", ())), never_last_words())
