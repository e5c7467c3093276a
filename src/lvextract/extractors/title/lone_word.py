"""A one-word headline ("Pabalsti", "Dievkalpojumi") over the body.

A lone short word is read as furniture (a logo, a menu's entry, a rubric) by furniture.py. It
is the headline when it opens the page alone, a blank line below it, is no furniture word
(data/titles.toml: menu, section, rubric, widget and label words) and its stem recurs in lower
case in the body ("Pabalsti" / "… pabalstu apmērs …"): the body is about what it names, where a
site's or a place's name ("Olaine") stays capitalised. Used only where no headline was found or
the line found is the body's first sentence right below it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ..vocabulary import load

_WORD = re.compile(rf"(?-i:[{UPPER}])[^\W\d_]{{3,24}}")
_STEM_CUT = 2  # an ending's letters: "pabalst-i", "dievkalpojum-i"
_STEM_MIN = 4
_BODY_CHARS = 3000  # the stem is looked for in the opening of the body only


@lru_cache(maxsize=1)
def _furniture_words() -> frozenset[str]:
    words = load("titles")
    keys = ("widget_lines", "menu_items", "section_nouns", "rubric_words", "category_tag_words", "link_words",
            "home_crumbs", "metadata_labels", "poll_labels", "catalogue_labels", "close_buttons", "share_buttons",
            "trailing_buttons", "language_names", "site_name_heads")
    return frozenset(w.casefold() for key in keys for w in words.get(key, []))


def lone_headline(lines: list[str], title: str | None) -> str | None:
    """The page's one-word headline, if it has one and `title` is none or its body's first
    sentence; else None."""
    filled = [n for n, line in enumerate(lines[:40]) if line.strip()]
    if len(filled) < 2:
        return None
    first, second = filled[0], filled[1]
    word = lines[first].strip().strip("*#").strip()
    if second == first + 1 or not _WORD.fullmatch(word) or word.casefold() in _furniture_words():
        return None
    body = lines[second].strip()
    if title is not None and not (title in body and title.endswith((".", "!", "?"))):
        return None
    stem = word[:max(_STEM_MIN, len(word) - _STEM_CUT)].casefold()
    text = "\n".join(lines[second:])[:_BODY_CHARS]
    if re.search(rf"(?<![^\W\d_])(?-i:{re.escape(stem)})", text) is None:
        return None
    return word
