"""NEET youth named beside the young people served by a pronoun and a relative clause, no noun of
their own: "iespējas jauniešiem ar ierobežotām iespējām un tiem, kuri nemācās un nestrādā" (a part of
the youth served; the youth stay). Asked by `extract` where no NEET mention counts."""
from __future__ import annotations

import re

from ...document import Document
from .between import PLURAL_RELATIVE, relative_opening
from .mentions import NEET_CLAUSE

# Up to the pronoun after the youth mention, within its clause: "… un tiem, kuri …", "… kā arī tās, kas …";
# or a part of them singled out: "darbs ar jauniešiem, (jo) īpaši tiem, kuri …", "tostarp tiem, kas …"
# (s42 recall audit, docs/vocabularies.md "Recall by cause, s42").
NEET_BESIDE = re.compile(r"[^.;:!?\n]{0,60}?(?<!\w)(?:un|kā arī|(?:jo\s+|it\s+)?īpaši|tostarp|ta(?:i|jā)\s+skaitā)\s+(?:tiem|tām|tie|tās|tos)(?="
                         + relative_opening(PLURAL_RELATIVE) + ")")


def neet_beside_youth(doc: Document, found) -> tuple[int, int] | None:
    """(start, end) of the clause that names NEET youth right after a served youth mention."""
    for f in found:
        if f.id != "youth" or not f.accepted:
            continue
        beside = NEET_BESIDE.match(doc.text, f.mention.end)
        clause = beside and NEET_CLAUSE.match(doc.text, beside.end())
        if clause:
            start = doc.text.index(",", beside.end()) + 1
            while doc.text[start].isspace():
                start += 1
            return start, clause.end()
    return None
