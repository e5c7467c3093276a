"""The temporal grammar's vocabularies, read once from extractors/data/{months,temporal}.toml."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..datafiles import load_toml


def _load(name: str) -> dict:
    return load_toml(f"extractors/data/{name}")


def ascii_fold(word: str) -> str:
    """aprīļa → aprila: texts that lost their diacritics in some CMS still name the month."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def month_forms() -> dict[str, int]:
    """Every written form of a month name (lower case) → month number."""
    forms: dict[str, int] = {}
    for month in _load("months.toml")["month"]:
        for form in month["forms"]:
            forms[form] = month["number"]
            forms.setdefault(ascii_fold(form), month["number"])
    return forms


@lru_cache(maxsize=1)
def month_nominatives() -> tuple[str, ...]:
    """The first listed form of each month is its nominative (marts, aprīlis)."""
    return tuple(m["forms"][0] for m in _load("months.toml")["month"])


@lru_cache(maxsize=1)
def month_abbreviations() -> dict[str, int]:
    return {abbr: m["number"] for m in _load("months.toml")["month"] for abbr in m["abbreviations"]}


@lru_cache(maxsize=1)
def locative_forms() -> frozenset[str]:
    """The forms that alone say "in <month>" (maijā, janvārī). Their ASCII folds (maija, aprili)
    collide with the genitive or accusative, so only the spellings with the long vowel count."""
    return frozenset(form for form in month_forms() if form.endswith(("ā", "ī")))


@lru_cache(maxsize=1)
def temporal() -> dict:
    return _load("temporal.toml")


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (Python's `|` takes the first that fits)."""
    escaped = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)]
    return "(?:" + "|".join(escaped) + ")"
