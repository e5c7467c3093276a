"""Quoted names the text gives an organisation: right after an organisation's noun in any case
("jauniešu centrā “Bāze”", "biedrība “Ozols”"). A quoted name found as a project's elsewhere ("Šo
projektu GNJC “Bāze” redz kā iespēju") is that body's, not a project's, when the text names the body
so — unless the text also quotes it right after a project word ("biedrība “Ozols” īsteno projektu
“Ozols”": a body's project named after it; [org_named] project_words). The nouns are data
(data/projects.toml [org_named] kinds: beginnings of words, lower case).
One regex pass over the text; the quotes read by quoted.quoted_after."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ...word_regex import alternation
from ..vocabulary import load
from .collect import _clean, _loose_key
from .quoted import quoted_after


@lru_cache(maxsize=None)
def _word_then_quote(key: str) -> re.Pattern:
    """A word beginning with one of [org_named] `key`, then an opening quote; or such a word glued to a
    heading's capitals before it, its own capital showing the seam ("… BIEDRĪBAProjekts “…”": the
    project word's name, glued_word.py)."""
    words = alternation(load("projects")["org_named"][key])
    seam = rf"(?-i:(?<=[{UPPER}]{{4}})(?=[{UPPER}][{LOWER}]))"
    return re.compile(r"(?:(?<![^\W\d_])|" + seam + r")(?:" + words + r")[^\W\d_]*[ \t]+(?=[„“\"«])", re.I)


def _names_after(text: str, quotes: dict[str, str], key: str) -> set[tuple[str, ...]]:
    found = set()
    for m in _word_then_quote(key).finditer(text):
        quoted = quoted_after(text, m.end(), quotes)
        if quoted is not None and (name := _clean(text[quoted[0]:quoted[1]])):
            found.add(_loose_key(name))
    return found


def organisation_names(text: str, quotes: dict[str, str]) -> set[tuple[str, ...]]:
    """The loose keys (collect._loose_key) of the names quoted right after an organisation's noun and
    never right after a project word."""
    return _names_after(text, quotes, "kinds") - _names_after(text, quotes, "project_words")
