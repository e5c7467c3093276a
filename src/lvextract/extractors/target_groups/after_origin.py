"""The next item of a list of groups served, after an origin said with "no": "nometne bērniem no
trūcīgām ģimenēm, bērniem ar invaliditāti" — the second "bērniem" stands in the case of the first,
but the walk back from it meets the "no" of the origin (a preposition that blocks), and the list
rule (accepted._coordinated) asks for nothing but a join between two items. The origin (mentions of
`origin_ids`, where the served come from, and the families that are its head noun) closes right before
the join; the next group, in the same case as the served one and in its sentence, is served too, and so
is the modifier that says who it is ("ar invaliditāti"). Bounded: each mention looks back over at
most ORIGIN_MENTIONS mentions of the origin and the served group right before them."""
from __future__ import annotations

import re

from .forms import form
from .mentions import Found
from .reader import Reader

ORIGIN_HEAD = "families"  # the origin's noun ("ģimenēm"), no group served by itself there
ORIGIN_MENTIONS = 3  # mentions an origin may hold: its kinds and its head
JOIN = re.compile(r"\s*(?:,|,?\s*un|,?\s*vai|,\s*kā\s+arī)\s+$", re.IGNORECASE)
# the served group, "no" and the origin's words: "bērniem no trūcīgām " (up to three words of it)
FROM = re.compile(r"\s+no\s+(?:[^\W\d_]+,?\s+){0,3}", re.IGNORECASE)


def listed_after_origin(reader: Reader, found: list[Found]) -> bool:
    """Accept the groups listed after a served group's origin; whether any was."""
    text, origins, accepted = reader.doc.text, set(reader.ctx.origin_ids) | {ORIGIN_HEAD}, False
    for k in range(2, len(found)):
        after, last = found[k], found[k - 1]
        if after.accepted or after.modifier or last.id not in origins \
                or not JOIN.fullmatch(text, last.mention.end, after.mention.start):
            continue
        # (the origin's mentions, its kinds before its head: "no trūcīgām ģimenēm", "no trūcīgām, maznodrošinātām ģimenēm")
        first = k - 1
        while first > k - 1 - ORIGIN_MENTIONS and first > 0 and found[first - 1].id in origins:
            first -= 1
        served = found[first - 1] if first > 0 else None
        if served is None or not served.accepted or served.modifier or served.id in origins \
                or not FROM.fullmatch(text, served.mention.end, found[first].mention.start) \
                or reader.doc.sentence_index(served.mention.start) != reader.doc.sentence_index(after.mention.start):
            continue
        if not form(reader.sdoc[served.mention.token_end - 1].text) & form(reader.sdoc[after.mention.token_end - 1].text):
            continue
        after.accepted = accepted = True
        if k + 1 < len(found) and found[k + 1].modifier and not found[k + 1].accepted \
                and reader.modified_noun(found[k + 1].mention.token_start) == after.mention.token_end - 1:
            found[k + 1].accepted = True
    return accepted
