"""Children said only as the families' own ("ģimenes ar bērniem") name no group of their own.
RECORD.md's families are said by "ģimenes"; "ģimenēm ar bērniem" names families, the children
being what kind of family. Readers who never saw this tool listed no children on every dev page
whose only children were those of "ģimenes ar bērniem" (6 pages of 6 readers: a day centre's
client list, a municipality's support to families with children, a festival's invited families);
where children are named also on their own ("… ģimenēm ar bērniem. Bērniem būs radošās darbnīcas")
they listed them, and that other mention still counts here.

A veto of `not_served`'s list: an accepted children mention right after a families mention (one with
a family word, `parents_alone.family_stems`) and "ar", with at most two lower-case words between
("ģimenēm ar maziem bērniem"), is the families' own — unless ages are said at it ("ģimenēm ar
bērniem līdz 10 gadu vecumam": the children's own ages) or a modifier follows it ("ģimenēm ar
bērniem ar invaliditāti", "ģimenēm ar bērniem, kas pakļautas … riskiem": a group said in the clause;
which of the two it qualifies is left open). A relative clause that names no group ("ģimenēm ar
bērniem, kas dzīvo laukos") may qualify either and keeps no children: it is no modifier and says
nothing of the children's own. Parents without a family word
("bērnu vecākiem ar jaunākiem bērniem") are no families (`parents_alone`), and the children said
with them keep their own mention; "vecākiem ar bērniem" is one families mention of the
vocabulary, its children none of their own. This reverses the older rows that kept both ids for
"ģimenes ar bērniem"."""
from __future__ import annotations

import re

from ...latvian.orthography import LOWER
from .ages import ages_at
from .apposition import apposed
from .mentions import Found
from .parents_alone import family_stems
from .reader import Reader

# "ar" and at most two lower-case words before the children's noun ("ar maziem", "ar diviem maziem")
_BETWEEN = re.compile(r"\s+ar\s+(?:[" + LOWER + r"]+\s+){0,2}")


def families_own(reader: Reader, found: list[Found], index: int) -> bool:
    """Whether the children mention `found[index]` is said only as what the families before it have."""
    f, text = found[index], reader.doc.text
    if f.id != "children" or f.modifier or index == 0:
        return False
    before = found[index - 1]
    if before.id != "families" or before.mention.end > f.mention.start:
        return False
    stems = family_stems()
    if not any(w.startswith(stems) for w in text[before.mention.start:before.mention.end].lower().split()):
        return False
    if not _BETWEEN.fullmatch(text, before.mention.end, f.mention.start):
        return False
    after = found[index + 1] if index + 1 < len(found) else None
    if after is not None and after.modifier and not text[f.mention.end:after.mention.start].strip(" ,"):
        return False
    if after is not None and apposed(reader, f, after):  # "ģimenēm ar bērniem invalīdiem": as "ar invaliditāti"
        return False
    return ages_at(found, index, text) == (None, None)
