"""A fund named inside the unquoted name of a law or a regulation the text cites, not a payer:
"saskaņā ar Eiropas Savienības struktūrfondu un Kohēzijas fonda 2014.–2020. gada plānošanas
perioda vadības likumu" (the fund's genitive opens the law's name, whose head noun comes last),
"Regula Nr. 1303/2013, ar ko paredz kopīgus noteikumus par … Kohēzijas fondu" (the fund in the
clause of a regulation's title). Read by funding_not_paying; the words are data (funding.toml
[law_name])."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    c = load("funding")["law_name"]
    heads = "|".join(c["law_heads"])
    genitive = "|".join(c["genitive_endings"])
    year = r"\d{4}\.?(?:[ \t]*[-–—][ \t]*\d{4}\.?)?"
    # At most `reach` genitives or years between the fund and the law's head noun: "Kohēzijas
    # fonda | 2014.–2020. gada plānošanas perioda vadības | likumu". A legal text wraps its lines,
    # so a single line break counts as a blank; a blank line ends the name.
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    link = rf"(?:{gap}(?:un{gap})?(?:{year}|[^\W\d_]+(?:{genitive})))"
    after = re.compile(rf"{link}{{0,{int(c['reach'])}}}{gap}(?:{heads})[^\W\d_]*(?![^\W\d_])", re.IGNORECASE)
    title_verbs = "|".join(c["title_verbs"])
    regulations = "|".join(c["regulation_words"])
    # "Regulai (ES) Nr. 1303/2013, ar ko paredz kopīgus noteikumus par …": the regulation's number
    # (dots in "Nr.") within 60 characters, then the title's clause up to the fund without a full
    # stop or a blank line.
    before = re.compile(rf"(?<![^\W\d_])(?:{regulations})[^\W\d_]*[^\n]{{0,60}}?,\s*ar\s+ko\s+(?:{title_verbs})"
                        rf"(?:[^.\n]|\n(?![ \t]*\n))*$", re.IGNORECASE)
    return after, before


_TITLE_REACH = 300


def in_law_name(text: str, m: Mention) -> bool:
    after, before = _patterns()
    if after.match(text, m.end):
        return True
    return bool(before.search(text, max(0, m.start - _TITLE_REACH), m.start))
