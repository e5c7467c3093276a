"""Quoted names the text gives an organisation: right after an organisation's noun in any case
("jauniešu centrā “Bāze”", "biedrība “Ozols”"). A quoted name found as a project's elsewhere ("Šo
projektu GNJC “Bāze” redz kā iespēju") is that body's, not a project's, when the text names the body
so. The nouns are data (data/projects.toml [org_named] kinds: beginnings of words, lower case).
One regex pass over the text; the quotes read by quoted.quoted_after."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .collect import _clean, _loose_key
from .quoted import quoted_after


@lru_cache(maxsize=1)
def _kind_then_quote() -> re.Pattern:
    kinds = "|".join(load("projects")["org_named"]["kinds"])
    return re.compile(r"(?<![^\W\d_])(?:" + kinds + r")[^\W\d_]*[ \t]+(?=[„“\"«])", re.I)


def organisation_names(text: str, quotes: dict[str, str]) -> set[tuple[str, ...]]:
    """The loose keys (collect._loose_key) of the names quoted right after an organisation's noun."""
    found = set()
    for m in _kind_then_quote().finditer(text):
        quoted = quoted_after(text, m.end(), quotes)
        if quoted is not None and (name := _clean(text[quoted[0]:quoted[1]])):
            found.add(_loose_key(name))
    return found
