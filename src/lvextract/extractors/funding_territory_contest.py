"""A council's call for funding projects, or its project fund, named by its territory or by the council,
the field between: "Ozolu valstspilsētas jauniešu brīvā laika … projektu finansēšanas konkurss", "Liepu
novada kultūras projektu finansēšanas konkursa prioritātes", "novada pašvaldības jauniešu projektu fonda
“…” projekti" (data/funding.toml [[territory_contest]]). The words between the owner and "projektu"
must be the contest's or the fund's own name: lower-case words of a noun phrase, no verb
of a clause of their own and no capitalised name — not "Ozolu novada biedrības var pieteikties Valsts
kultūrkapitāla fonda projektu finansēšanas konkursā", where another body's contest follows. Read by
funding_mentions; looks at the mention's own tokens."""
from __future__ import annotations

import bisect

from ..document import Document
from .funding_cues import clause_verb
from .vocabulary import Mention, vocabulary

PROJECTS_WORD = "projektu"
LINKS = frozenset({"un", ",", "–", "-"})
# The owners' genitives (lower case) a walk back from "projektu" may end at.
OWNERS = frozenset({"novada", "valstspilsētas", "pilsētas", "pašvaldības", "domes"})
# How many words of the name a walk back reads at most (a phrase's gap is twelve).
REACH = 13


def territory_contests(doc: Document) -> list[Mention]:
    """The contest or fund mentions whose nearest owner before "projektu" is reached over the name's
    own words, each from that owner on (a longer match may start at an earlier owner: "Domes sēdē tika
    atbalstīti … novada pašvaldības jauniešu projektu fonda" is the council's fund from "pašvaldības")."""
    found = []
    for m in vocabulary("funding", "territory_contest").find(doc):
        index = doc.sentence_index(m.start)
        if index is None:
            continue
        tokens = doc.sentences[index].tokens
        starts = [t.start for t in tokens]
        first, last = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end) - 1
        p = last
        while p > first and tokens[p].text != PROJECTS_WORD:
            p -= 1
        k = p - 1
        while k >= first and p - k <= REACH and tokens[k].text.lower() not in OWNERS and _own_word(tokens[k]):
            k -= 1
        if k >= first and p - k <= REACH and tokens[k].text.lower() in OWNERS:
            owner = doc.spacy.char_span(tokens[k].start, m.end, alignment_mode="expand")
            if owner is not None:
                found.append(Mention(m.id, tokens[k].start, m.end, owner.start, owner.end))
    return found


def _own_word(token) -> bool:
    """A word a contest's or a fund's name may hold: lower case, no verb of its own clause."""
    return token.text in LINKS or token.text.isalpha() and token.text.islower() and not clause_verb(token)
