"""funding: the funds and programmes that pay for the project (RECORD.md, "Funding").

One entry per id per document, its span the first mention (funding_mentions.py finds them) and
its `name` the words as written there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..latvian.lemmas import singular_genitives
from ..latvian.places import all_countries
from ..record import Funding, Record
from .funding_erasmus_era import before_erasmus_plus
from .funding_mentions import find_mentions
from .funding_words import funder_words
from .vocabulary import load


@lru_cache(maxsize=1)
def _name_cores() -> dict[str, re.Pattern]:
    """Per id, the funder's own words inside a form matched with the words that say it is given
    (data/funding.toml [name_core]): "saņēma valsts atbalstu" is named "valsts atbalstu"."""
    return {fid: re.compile("|".join(patterns), re.I) for fid, patterns in load("funding")["name_core"].items()}


@lru_cache(maxsize=1)
def _foreign_countries() -> frozenset[str]:
    """The genitives (lower case) of the countries latvian/data/places.toml lists, but for
    data/funding.toml [foreign_state] not_foreign; an abbreviation ("ASV") is its own genitive."""
    home = set(load("funding")["foreign_state"]["not_foreign"])
    return frozenset(genitive.lower() for country in all_countries() if country not in home
                     for genitive in (singular_genitives(country) or ({country} if country.isupper() else ())))


def _foreign_state(name: str) -> bool:
    """Another country's ministry or government ("Vācijas Federālā Ārlietu ministrija") pays from its
    own budget, not the Latvian state's (data/funding.toml [foreign_state])."""
    words = name.split(None, 1)
    return bool(words) and words[0].lower() in _foreign_countries()


# The programme code after "Interreg" belongs to its name: "Interreg 4C", "INTERREG V-A", "Interreg Europe".
INTERREG_CODE = re.compile(r"(?:[ \t]+(?:[IVX]{1,4}|\d[A-C]?|[A-C]|Europe)\b(?:[ \t]*[–-][ \t]*[A-C]\b)?)+")


def extract(doc: Document, record: Record) -> None:
    seen: set[str] = set()
    for mention in find_mentions(doc):
        if mention.id in seen or before_erasmus_plus(doc, record, mention):
            continue
        start, end = funder_words(doc, mention)
        if mention.id == "STATE" and _foreign_state(doc.text[start:end]):
            continue
        seen.add(mention.id)
        if mention.id == "INTERREG" and doc.text[mention.start:end].lower().startswith("interreg"):
            code = INTERREG_CODE.match(doc.text, end)
            end = code.end() if code else end
        if (core := _name_cores().get(mention.id)) and (inner := core.search(doc.text, start, end)):
            start, end = inner.span()
        span = doc.span(start, end)
        record.funding.append(Funding(id=mention.id, name=" ".join(span.text.split()), span=span))
