"""A served group's members named in a relative clause after it: "ģimenēm, kurās ir bērns ar
invaliditāti" serves families and, through their child, people with disabilities. A modifier
(`modifier = true`, "ar invaliditāti") inside such a clause counts with the group it follows; the
words that open the clause are `[context] members_clause` in data/target_groups.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

CLAUSE_CHARS = 80  # how far the clause may run after its opening words


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    words = load("target_groups")["context"]["members_clause"]
    return re.compile(r"\s*,\s*(?:" + "|".join(words) + r")(?!\w)[^.;:!?\n]{0,%d}" % CLAUSE_CHARS, re.I)


def members_in_clause(reader: Reader, found: list[Found]) -> None:
    text = reader.doc.text
    for f in found:
        if not f.accepted or f.modifier:
            continue
        clause = _opening().match(text, f.mention.end)
        if clause is None:
            continue
        for other in found:
            if other.modifier and not other.accepted and clause.start() < other.mention.start < clause.end():
                other.accepted = True
