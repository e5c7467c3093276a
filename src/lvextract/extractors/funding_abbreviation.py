"""An abbreviation of a fund that the text spells out as another body's name: "ALA Kultūras fonds
… līdzekļi no 2023. gada KF budžeta" — there "KF" is the culture fund, not the Cohesion Fund.
funding.toml [abbreviation_clash] names: per abbreviation, the other names it may stand for (regex
fragments, any case); the abbreviation then names that body unless the text also spells out the
fund itself (the id's `forms`, any case form) or names another EU fund (`eu_context`: "KF un ERAF").
One search of the text per document. Read by funding_mentions."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _clashes() -> dict[str, re.Pattern]:
    return {abbreviation: re.compile("|".join(f"(?:{p})" for p in names), re.IGNORECASE)
            for abbreviation, names in load("funding")["abbreviation_clash"]["names"].items()}


@lru_cache(maxsize=1)
def _eu_context() -> frozenset[str]:
    return frozenset(load("funding")["abbreviation_clash"]["eu_context"])


def other_body(doc: Document, m: Mention, named_in_full: set[str], named: set[str]) -> bool:
    """Whether mention `m` is an abbreviation the text spells out as another body's name, the
    fund's own name (its id in `named_in_full`) nowhere in full and no other EU fund among the ids
    `named`."""
    written = doc.text[m.start:m.end]
    pattern = _clashes().get(written)
    if pattern is None or m.id in named_in_full or named & _eu_context():
        return False
    return doc.derived(f"funding.clash.{written}", lambda d: pattern.search(d.text) is not None)
