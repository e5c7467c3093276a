"""An occurrence's organiser named with an event noun in its name, in the genitive before a
participle of organising: "piedalījās Lauku foruma rīkotajā seminārā" — "foruma" is the body that
ran the seminar (the attribute's genitive), the head is "seminārā". The genitive noun is dropped
from the walk's nouns when another event noun follows the participle. O(nouns)."""
from __future__ import annotations

import re

from ...document import Document
from .nouns import NounMention

# The attributive participle of organising in its cases ("rīkotajā", "organizētās", "sarīkotais"), not
# the predicative one ("seminārs organizēts …") nor the agent noun ("rīkotāji"), maybe a word more
# before the head noun ("rīkotajā reģionālajā seminārā").
_ORGANISED = re.compile(r"[ \t]+(?P<participle>(?:sa|no)?(?:rīkot|organizēt)"
                        r"(?:ajiem|ajām|ajā|ajam|ajai|ajos|ajās|ais|ā|ās|ie|o|os|ai|am)(?!\w))"
                        r"[ \t]+(?P<word>[^\W\d_]+[ \t]+)?", re.IGNORECASE)


def drop_organisers(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    starts = {n.start for n in nouns}
    text = doc.text

    def organiser(noun: NounMention) -> bool:
        if not text[noun.end - 1:noun.end].lower() in ("a", "s", "u"):  # a genitive's ending
            return False
        if " ".join(text[noun.start:noun.end].lower().split()) == noun.kind:
            return False  # its nominative, the subject: "seminārs, organizēts …" / "konkurss rīkotais …"
        m = _ORGANISED.match(text, noun.end)
        if m is None:
            return False
        # the head right after the participle, or after one more word
        return m.end() in starts or (m.group("word") is not None and m.start("word") in starts)

    return [n for n in nouns if not organiser(n)]
