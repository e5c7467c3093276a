"""An occurrence's organiser named with an event noun in its name, in the genitive before a
participle of organising: "piedalījās Lauku foruma rīkotajā seminārā" — "foruma" is the body that
ran the seminar (the attribute's genitive), the head is "seminārā". The genitive noun is dropped
from the walk's nouns when another event noun follows the participle. O(nouns)."""
from __future__ import annotations

import re

from ...document import Document
from .nouns import NounMention

# The participle of organising (any case: "rīkotajā", "organizētās", "sarīkotais"), maybe a word
# more before the head noun ("rīkotajā reģionālajā seminārā").
_ORGANISED = re.compile(r"[ \t]+(?:sa|no)?(?:rīkot|organizēt)[a-zāēīū]{1,5}[ \t]+(?:[^\W\d_]+[ \t]+)?",
                        re.IGNORECASE)


def drop_organisers(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    starts = {n.start for n in nouns}
    text = doc.text

    def organiser(noun: NounMention) -> bool:
        if not text[noun.end - 1:noun.end].lower() in ("a", "s", "u"):  # a genitive's ending
            return False
        m = _ORGANISED.match(text, noun.end)
        if m is None:
            return False
        # the head right after the participle, or after one more word
        gap = re.match(r"[ \t]+(?:sa|no)?(?:rīkot|organizēt)[a-zāēīū]{1,5}[ \t]+", text[noun.end:m.end()], re.IGNORECASE)
        return m.end() in starts or (gap is not None and noun.end + gap.end() in starts)

    return [n for n in nouns if not organiser(n)]
