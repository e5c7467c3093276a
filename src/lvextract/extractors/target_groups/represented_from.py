"""Representatives said with "no" and the bodies' plural dative: "Forumā piedalījās pārstāvji no
12 novadu pašvaldībām un biedrībām" — the municipalities' people (professionals) and the NGOs'
people (ngo) take part, as "pašvaldību un biedrību pārstāvji" would (mentions.municipal_owners).
Only in a sentence of taking part (not one of presenting: speakers are not served), and only plural
datives: a named body's singular ("pārstāvji no Saldus novada pašvaldības") is one body that speaks.
A list after "no" is read up to a few items: one scan of the text for "pārstāvji no …", each list
bounded."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation
from .reader import Reader

# A body of the list, its count maybe quantified ("no vairāk nekā 30 biedrībām", "no visām 12
# pašvaldībām": [represented_from] count_quantifiers, filled in for {quantifier}).
ITEM = r"(?:(?:{quantifier})\s+)?(?:\d+\s+)?(?:[^\W\d_]+\s+){{0,2}}(?:[^\W\d_]+(?:ām|iem|ēm|īm)|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{{2,5}}))(?![\w-])"
JOIN = r"(?:\s*,\s*(?:un\s+|kā\s+arī\s+)?|\s+(?:un|vai|kā\s+arī)\s+)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, dict[str, re.Pattern]]:
    c = load("target_groups")["represented_from"]
    people = alternation(c["people"])
    item = ITEM.format(quantifier=alternation(c["count_quantifiers"]))
    listed = re.compile(rf"(?<!\w)(?:{people})\s+no\s+({item}(?:{JOIN}{item}){{0,3}})", re.IGNORECASE)
    bodies = {gid: re.compile(r"(?<!\w)(?:" + alternation(c[gid]) + r")\w*(?:\s+organizācij\w*)?", re.IGNORECASE)
              for gid in ("professionals", "ngo")}
    return listed, bodies


def represented_bodies(reader: Reader) -> dict[str, tuple[int, int]]:
    """{id: (start, end)} of the first body word of each id that representatives come "no"."""
    listed, bodies = _patterns()
    said: dict[str, tuple[int, int]] = {}
    text = reader.doc.text
    for match in listed.finditer(text):
        if not reader.in_participation_sentence(match.start()):
            continue
        for gid, body in bodies.items():
            word = body.search(text, match.start(1), match.end(1))
            if word is not None and gid not in said:  # (its noun past the list's end: "nevalstiskajām organizācijām")
                said[gid] = body.match(text, word.start()).span()
    return said
