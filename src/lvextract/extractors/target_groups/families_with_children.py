"""Children said only as the families' own ("ģimenes ar bērniem") name no group of their own.
RECORD.md's families are said by "ģimenes"; "ģimenēm ar bērniem" names families, the children
being what kind of family. Readers who never saw this tool listed no children on every dev page
whose only children were those of "ģimenes ar bērniem" (6 pages of 6 readers: a day centre's
client list, a municipality's support to families with children, a festival's invited families);
where children are named also on their own ("… ģimenēm ar bērniem. Bērniem būs radošās darbnīcas")
they listed them, and that other mention still counts here.

So, at the end, an accepted children mention right after a families mention (one with a family
word, `parents_alone`'s [parents_alone] family_stems) and "ar", with at most two lower-case words
between ("ģimenēm ar maziem bērniem"), is un-accepted — unless ages are said at it ("ģimenēm ar
bērniem līdz 10 gadu vecumam": the children's own ages) or a modifier follows it ("ģimenēm ar
bērniem ar invaliditāti", "ģimenēm ar bērniem, kas …": which of the two it qualifies is left open).
This reverses the older rows that kept both ids for "ģimenes ar bērniem" (s27, tg81)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER
from ..vocabulary import load
from .ages import ages_at
from .mentions import Found
from .reader import Reader

# "ar" and at most two lower-case words before the children's noun ("ar maziem", "ar diviem maziem")
_BETWEEN = re.compile(r"\s+ar\s+(?:[" + LOWER + r"]+\s+){0,2}")


@lru_cache(maxsize=1)
def _family_stems() -> tuple[str, ...]:
    return tuple(load("target_groups")["parents_alone"]["family_stems"])


def families_children(reader: Reader, found: list[Found]) -> None:
    """Un-accept the children mentions said only as what families have."""
    text = reader.doc.text
    stems = _family_stems()
    for index, f in enumerate(found):
        if not (f.accepted and f.id == "children" and not f.modifier) or index == 0:
            continue
        before = found[index - 1]
        if before.id != "families" or before.mention.end > f.mention.start:
            continue
        if not any(w.startswith(stems) for w in text[before.mention.start:before.mention.end].lower().split()):
            continue
        if not _BETWEEN.fullmatch(text, before.mention.end, f.mention.start):
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        if after is not None and after.modifier and not text[f.mention.end:after.mention.start].strip(" ,"):
            continue
        if ages_at(found, index, text) != (None, None):
            continue
        f.accepted = False
