"""A breadcrumb typed with slashes over the headline: "Sākums / Jaunumi / 2014", "Jaunumi / 2014",
"Aktualitātes 2016 / Sports". It opens with the site's home, a menu item or a section's name, and
its other crumbs are short: a year, a menu item, a section or a rubric. Furniture, never the
headline (the words are data, titles.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load

_SLASH = re.compile(r"[^\S\n]+/[^\S\n]+|[^\S\n]+/$")
_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?")
_CRUMB_WORDS = 3
_LINE_MAX = 80


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    words = load("titles")
    heads = frozenset(w.casefold() for w in [*words["menu_items"], *words["home_crumbs"], *words["section_nouns"]])
    others = heads | frozenset(w.casefold() for w in [*words["rubric_words"], *words["category_tag_words"]])
    return heads, others


def _without_year(part: str) -> str:
    return _YEAR.sub("", part).strip()


def slash_crumb(line: str) -> bool:
    """Whether the line is a breadcrumb of short crumbs between spaced slashes."""
    if len(line) > _LINE_MAX or "/" not in line:
        return False
    parts = [p.strip() for p in _SLASH.split(line.strip())]
    parts = [p for p in parts if p]
    if len(parts) < 2 and not line.rstrip().endswith("/"):
        return False
    if any(len(p.split()) > _CRUMB_WORDS for p in parts):
        return False
    heads, others = _words()
    if _without_year(parts[0]).casefold() not in heads:
        return False
    return all(_YEAR.fullmatch(p) or _without_year(p).casefold() in others for p in parts[1:])


_HEADLINE_WORDS_MIN = 2  # the article's name, not a section's one word


def slash_headline(line: str) -> str | None:
    """The article's name as a slash breadcrumb's last crumb: "Jaunumi / Ozolkalnē atklās parku",
    "Sākums / Jaunumi / 2014 / Skolā notiks koncerts" → the last part, when every crumb before it is
    one slash_crumb knows (a home, a menu item, a section, a year) and the last is no crumb word."""
    if len(line) > _LINE_MAX * 2 or " / " not in line:
        return None
    parts = [p.strip() for p in line.strip().split(" / ")]
    if len(parts) < 2 or not all(parts):
        return None
    heads, others = _words()
    crumbs, last = parts[:-1], parts[-1]
    if _without_year(crumbs[0]).casefold() not in heads or any(len(p.split()) > _CRUMB_WORDS for p in crumbs):
        return None
    if not all(_YEAR.fullmatch(p) or _without_year(p).casefold() in others for p in crumbs[1:]):
        return None
    if len(last.split()) < _HEADLINE_WORDS_MIN or _without_year(last).casefold() in others or "/" in last:
        return None
    return last
