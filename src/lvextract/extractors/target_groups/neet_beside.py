"""NEET youth named beside the young people served by a pronoun and a relative clause, no noun of
their own: "iespējas jauniešiem ar ierobežotām iespējām un tiem, kuri nemācās un nestrādā" (a part of
the youth served; the youth stay). Asked by `extract` where no NEET mention counts."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from ..vocabulary import load
from .between import PLURAL_RELATIVE, relative_opening
from .mentions import NEET_CLAUSE


@lru_cache(maxsize=1)
def neet_beside_pattern() -> re.Pattern:
    """Up to the pronoun after the youth mention, within its clause, past a linking word of
    target_groups.toml [neet_beside] `links`: "… un tiem, kuri …", "… kā arī tās, kas …"; or a part of
    them singled out: "darbs ar jauniešiem, (jo) īpaši tiem, kuri …", "tostarp tiem, kas …" (s42 recall
    audit, docs/vocabularies.md "Recall by cause, s42")."""
    links = alternation(load("target_groups")["neet_beside"]["links"])
    return re.compile(r"[^.;:!?\n]{0,60}?(?<!\w)" + links + r"\s+(?:tiem|tām|tie|tās|tos)(?="
                      + relative_opening(PLURAL_RELATIVE) + ")")


def neet_beside_youth(doc: Document, found) -> tuple[int, int] | None:
    """(start, end) of the clause that names NEET youth right after a served youth mention."""
    for f in found:
        if f.id != "youth" or not f.accepted:
            continue
        beside = neet_beside_pattern().match(doc.text, f.mention.end)
        clause = beside and NEET_CLAUSE.match(doc.text, beside.end())
        if clause:
            start = doc.text.index(",", beside.end()) + 1
            while doc.text[start].isspace():
                start += 1
            return start, clause.end()
    return None
