"""The months' written forms (latvian/data/calendar.toml [[month]]), read once: every form of each
month, also with some of its marked letters typed plain ("jūnijā", "junijā"), and the forms that
alone say "in <month>" (the locatives: "maijā", "janvārī"). The date grammar (temporal/) and the
repair of a locative glued to the next word (repairs/glued_month.py) read them here."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .. import datafiles


def months() -> list[dict]:
    """calendar.toml's [[month]] tables: number, forms (nominative, genitive, …, locative last), …"""
    return datafiles.latvian("calendar")["month"]


def ascii_fold(word: str) -> str:
    """aprīļa → aprila: texts that lost their diacritics in some CMS still name the month."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def partial_folds(word: str) -> set[str]:
    """Every spelling of `word` with any of its marked letters typed plain ("jūnijā" → "junijā",
    "jūnija", "junija"): hand-typed pages drop some diacritics and keep others."""
    variants = {""}
    for letter in word:
        plain = ascii_fold(letter)
        variants = {v + c for v in variants for c in {letter, plain}}
    return variants


@lru_cache(maxsize=1)
def month_forms() -> dict[str, int]:
    """Every written form of a month name (lower case) → month number."""
    forms: dict[str, int] = {}
    for month in months():
        for form in month["forms"]:
            forms[form] = month["number"]
            for variant in partial_folds(form):
                forms.setdefault(variant, month["number"])
    return forms


def months_of_stub(stub: str) -> set[int]:
    """The months some written form of which begins with `stub` (lower case), a month's word cut off
    at a page's end: "okto" → {10}, "jū" → {6, 7}, "oktobris" → {10}. O(forms); asked only of a
    text's last word."""
    return {number for form, number in month_forms().items() if form.startswith(stub)}


@lru_cache(maxsize=1)
def locative_forms() -> frozenset[str]:
    """The forms that alone say "in <month>" (maijā, janvārī, also junijā). Their ASCII folds (maija,
    aprili) collide with the genitive or accusative, so only the spellings with the long vowel count."""
    return frozenset(form for form in month_forms() if form.endswith(("ā", "ī")))
